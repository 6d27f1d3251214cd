using System.Diagnostics;

namespace Parley.Cli.Commands;

/// <summary>Progress on standard error: a line updated in place at a terminal; a line every ten seconds otherwise.</summary>
internal sealed class IngestProgress(CliContext context)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastReport;
    private bool _drawn;

    public void Report(int articles, int failures, int events)
    {
        var interval = context.Interactive ? 250 : 10_000;
        if (_clock.ElapsedMilliseconds - _lastReport < interval)
            return;
        _lastReport = _clock.ElapsedMilliseconds;
        var rate = articles / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var line = $"ingest: {articles} article(s) read, {failures} failed, {events} event(s) stored, {rate:0} articles/s";
        if (context.Interactive)
        {
            context.Error.Write("\r" + line.PadRight(Console.WindowWidth > 1 ? Console.WindowWidth - 1 : 100));
            _drawn = true;
        }
        else
        {
            context.Error.WriteLine(line);
        }
    }

    public void Done()
    {
        if (_drawn)
            context.Error.WriteLine();
    }
}
