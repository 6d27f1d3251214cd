using System.CommandLine;
using Parley.Cli.Commands;
using Parley.Core;

namespace Parley.Cli;

/// <summary>The <c>parley</c> command line: one sealed class per command, assembled here.</summary>
public static class ParleyApp
{
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("Parley reads news and codes political events: who did what to whom, when, where, and how sure.")
        {
            ExtractCommand.Create(context),
            IngestCommand.Create(context),
            EventsCommand.Create(context),
            EvalCommand.Create(context),
            BenchCommand.Create(context),
        };
        var parse = root.Parse(args);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = new StreamWriter(context.Output, leaveOpen: true) { AutoFlush = true }, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (ParleyException e)
        {
            context.Error.WriteLine($"parley: {e.Error}");
            return ExitCodes.UsageError;
        }
    }
}
