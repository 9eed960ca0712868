using System.Reflection;

namespace Publish.Model.Tests.Traversal;

/// <summary>
/// Builds an instance of any node type from its constructor alone: every value set, every child
/// list holding one child — so a spec can cover node types it has never heard of.
/// </summary>
internal static class SampleNodes
{
    public static IReadOnlyList<Type> ConcreteNodeTypes { get; } =
        [.. typeof(Node).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Block)) || t.IsSubclassOf(typeof(Inline))))
            .OrderBy(t => t.Name, StringComparer.Ordinal)];

    public static ConstructorInfo Constructor(Type type) =>
        type.GetConstructors().Where(c => !IsCopyConstructor(c, type)).OrderByDescending(c => c.GetParameters().Length).First();

    public static object Make(Type type, int depth = 0) => Construct(type, depth, -1, null);

    /// <summary>The sample with one constructor argument replaced.</summary>
    public static object With(Type type, int parameter, object? value) => Construct(type, 0, parameter, value);

    /// <summary>A different value of the parameter's type (an empty list for a list), or null when there is none.</summary>
    public static bool TryOther(Type type, object? sample, out object? other)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null) { other = null; return sample is not null; }
        other = type switch
        {
            _ when type == typeof(string) => "other",
            _ when type == typeof(int) => 2,
            _ when type == typeof(long) => 2L,
            _ when type == typeof(bool) => !(bool)sample!,
            _ when type == typeof(double) => 0.25,
            _ when type.IsEnum && Enum.GetValues(type).Length > 1 => Enum.GetValues(type).GetValue(1),
            _ when ListElement(type) is { } element => Array.CreateInstance(element, 0),
            _ => null,
        };
        return other is not null;
    }

    private static object Construct(Type type, int depth, int replaced, object? replacement)
    {
        var constructor = Constructor(type);
        var args = constructor.GetParameters()
            .Select((p, i) => i == replaced ? replacement : Value(p.ParameterType, depth + 1))
            .ToArray();
        return constructor.Invoke(args);
    }

    private static object? Value(Type type, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Value(underlying, depth);
        if (type == typeof(string)) return "sample";
        if (type == typeof(int)) return 1;
        if (type == typeof(long)) return 1L;
        if (type == typeof(bool)) return true;
        if (type == typeof(double)) return 0.5;
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        if (ListElement(type) is { } element)
        {
            var list = Array.CreateInstance(element, depth > 3 ? 0 : 1);
            if (depth <= 3) list.SetValue(Value(element, depth + 1), 0);
            return list;
        }
        if (type == typeof(Block)) return new Paragraph([new Text("child")]);
        if (type == typeof(Inline)) return new Text("child");
        return Construct(type, depth, -1, null);
    }

    private static Type? ListElement(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static bool IsCopyConstructor(ConstructorInfo c, Type type) => c.GetParameters() is [var only] && only.ParameterType == type;
}
