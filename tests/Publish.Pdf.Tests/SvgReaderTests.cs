using System.Text;
using Publish.Pdf.Vector;

namespace Publish.Pdf.Tests;

/// <summary>SVG read into vector shapes: sizes, shapes as paths, transforms, paint and what cannot be drawn.</summary>
public class SvgReaderTests
{
    private static VectorPicture Read(string svg) => SvgReader.Read(Encoding.UTF8.GetBytes(svg))!;

    private static string Svg(string body, string root = "width=\"100\" height=\"50\"") =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" {root}>{body}</svg>";

    [Theory]
    [InlineData("width=\"100\" height=\"50\"", 100, 50)]
    [InlineData("viewBox=\"0 0 300 200\"", 300, 200)]
    [InlineData("width=\"150\" viewBox=\"0 0 300 200\"", 150, 100)]
    [InlineData("width=\"72pt\" height=\"1in\"", 96, 96)]
    [InlineData("", 300, 150)]
    public void The_size_comes_from_width_height_then_the_viewbox_then_css_defaults(string root, double width, double height)
    {
        var picture = Read(Svg("", root));
        Assert.Equal((width, height), (picture.Width, picture.Height));
    }

    [Fact]
    public void A_rect_is_a_closed_path_with_its_fill()
    {
        var shape = Assert.Single(Read(Svg("<rect x=\"10\" y=\"5\" width=\"20\" height=\"10\" fill=\"#ff0000\"/>")).Shapes);
        Assert.Equal([new Point(10, 5), new Point(30, 5), new Point(30, 15), new Point(10, 15)],
            shape.Path.Where(s => s.Verb != PathVerb.Close).Select(s => s.To));
        Assert.Equal(PathVerb.Close, shape.Path[^1].Verb);
        Assert.Equal(new Paint(255, 0, 0, 1), shape.Fill);
        Assert.Null(shape.Stroke);
    }

    [Fact]
    public void The_viewbox_and_transforms_are_applied_to_the_points()
    {
        var picture = Read(Svg("<g transform=\"translate(10 0) scale(2)\"><path d=\"M0 0 L5 5\" stroke=\"black\" stroke-width=\"1\"/></g>",
            "width=\"200\" height=\"100\" viewBox=\"0 0 100 50\""));
        var shape = Assert.Single(picture.Shapes);
        // viewBox doubles, then translate 10, then scale 2: (5,5) → (10+10, 10) → ×2 → (40, 20).
        Assert.Equal(new Point(20, 0), shape.Path[0].To);
        Assert.Equal(new Point(40, 20), shape.Path[1].To);
        Assert.Equal(4, shape.Stroke!.Width, 6); // 1 × 2 × 2
        Assert.Equal(new Paint(0, 0, 0, 1), shape.Fill); // SVG fills in black unless told otherwise, open paths too
    }

    [Fact]
    public void Relative_commands_arcs_and_quadratics_end_where_the_path_says()
    {
        var shape = Assert.Single(Read(Svg("<path d=\"m10 10 h20 v10 q5 5 10 0 a10 10 0 0 1 20 0 z\"/>")).Shapes);
        var ends = shape.Path.Where(s => s.Verb != PathVerb.Close).Select(s => s.To).ToList();
        Assert.Equal(new Point(10, 10), ends[0]);
        Assert.Equal(new Point(30, 10), ends[1]);
        Assert.Equal(new Point(30, 20), ends[2]);
        Assert.Equal(new Point(40, 20), ends[3]);
        Assert.Equal(60, ends[^1].X, 6);
        Assert.Equal(20, ends[^1].Y, 6);
        Assert.True(ends.Count >= 6, "the half circle is at least two cubics");
    }

    [Fact]
    public void Style_attributes_and_class_rules_set_paint_with_css_precedence()
    {
        var picture = Read(Svg("<style>.a { fill: blue } rect { fill: green }</style>"
            + "<rect class=\"a\" width=\"1\" height=\"1\"/><rect width=\"1\" height=\"1\" fill=\"red\" style=\"fill: rgb(0, 0, 0); fill-opacity: 0.5\"/>"));
        Assert.Equal(new Paint(0, 0, 255, 1), picture.Shapes[0].Fill);
        Assert.Equal(new Paint(0, 0, 0, 0.5), picture.Shapes[1].Fill);
    }

    [Fact]
    public void Use_references_draw_their_target_again_where_they_stand()
    {
        var picture = Read(Svg("<defs><circle id=\"c\" r=\"2\"/></defs><use href=\"#c\" x=\"10\" y=\"10\"/><use href=\"#c\" x=\"20\" y=\"10\"/>"));
        Assert.Equal([12.0, 22.0], picture.Shapes.Select(s => s.Path[0].To.X));
    }

    [Fact]
    public void What_cannot_be_drawn_is_named_and_gradients_become_their_average_colour()
    {
        var picture = Read(Svg("<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#000\"/><stop offset=\"1\" stop-color=\"#fff\"/></linearGradient></defs>"
            + "<rect width=\"10\" height=\"10\" fill=\"url(#g)\" filter=\"url(#f)\"/><image href=\"x.png\" width=\"5\" height=\"5\"/>"));
        Assert.Equal(new Paint(127, 127, 127, 1), Assert.Single(picture.Shapes).Fill);
        Assert.Contains("filters", picture.Unsupported);
        Assert.Contains("embedded images", picture.Unsupported);
        Assert.Contains(picture.Unsupported, u => u.StartsWith("gradients", StringComparison.Ordinal));
    }

    [Fact]
    public void Hidden_elements_and_paint_none_draw_nothing()
    {
        var picture = Read(Svg("<rect width=\"1\" height=\"1\" display=\"none\"/><g visibility=\"hidden\"><rect width=\"1\" height=\"1\"/></g><rect width=\"1\" height=\"1\" fill=\"none\"/>"));
        Assert.Empty(picture.Shapes);
    }

    [Theory]
    [InlineData("not xml at all")]
    [InlineData("<html><body/></html>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")]
    public void What_is_not_a_plain_svg_document_is_no_picture(string text)
    {
        Assert.Null(SvgReader.Read(Encoding.UTF8.GetBytes(text)));
    }
}
