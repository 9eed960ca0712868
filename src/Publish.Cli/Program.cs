using Publish.Cli;
using Publish.Reporting;

// The CLI only maps arguments onto library calls and results onto exit codes (see PublishCommandLine).
return await PublishCommandLine.RunAsync(args, SystemConsole.Settings());
