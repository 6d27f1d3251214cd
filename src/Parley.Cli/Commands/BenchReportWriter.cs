using System.Globalization;
using System.Text.Json;

namespace Parley.Cli.Commands;

/// <summary>Writes a <see cref="BenchReport"/> for people (aligned text) or machines (one JSON object).</summary>
public static class BenchReportWriter
{
    public static void WriteText(BenchReport r, TextWriter w)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"parley bench: {r.Corpus}"));
        w.WriteLine(string.Create(c, $"  {r.Documents:N0} documents, {r.Words:N0} words, {r.TextBytes / 1e6:0.00} MB of text; fastest of {r.Repeat} run(s); {r.Passes} pass(es) over the corpus per run"));
        w.WriteLine(string.Create(c, $"  machine: {r.Machine}"));
        w.WriteLine();
        w.WriteLine(string.Create(c, $"start-up   knowledge base {r.KbLoadColdSeconds * 1000:0} ms cold, {r.KbLoadWarmSeconds * 1000:0} ms warm; pipeline build {r.PipelineBuildSeconds * 1000:0} ms"));
        w.WriteLine();
        w.WriteLine("extract (every stage + JSON Lines to a null stream)");
        w.WriteLine("  threads      docs/s       words/s     MB/s   events   seconds   cpu s  cores used");
        foreach (var run in r.Runs)
            w.WriteLine(string.Create(c, $"  {run.Threads,7} {run.DocumentsPerSecond,11:N0} {run.WordsPerSecond,13:N0} {run.MegabytesPerSecond,8:0.00} {run.Events,8} {run.Seconds,9:0.000} {run.CpuSeconds,7:0.000} {run.CoresUsed,11:0.00}"));
        foreach (var run in r.Runs)
            w.WriteLine(string.Create(c, $"  {run.Threads} thread(s): GC paused {run.GcPauseSeconds * 1000:N0} ms ({run.GcPauseSeconds / run.Seconds:P0} of the run); collections gen0 {run.Collections.Gen0}, gen1 {run.Collections.Gen1}, gen2 {run.Collections.Gen2}"));
        if (r.Runs.Count > 1)
            w.WriteLine(string.Create(c, $"  speed-up {r.Runs[^1].Threads} threads over 1: {r.SpeedUp:0.00}x"));
        if (r.Runs.Count > 1 && r.Runs[^1].CoresUsed < 0.75 * r.Runs[^1].Threads)
            w.WriteLine(string.Create(c, $"  note: the {r.Runs[^1].Threads}-thread run kept only {r.Runs[^1].CoresUsed:0.00} cores busy: the machine is shared or busy, so this speed-up says little; run again when it is idle"));
        w.WriteLine(string.Create(c, $"  memory: peak working set {r.PeakWorkingSetBytes / 1e6:N0} MB (Process.PeakWorkingSet64, whole process), managed heap {r.ManagedHeapBytes / 1e6:N0} MB (GC.GetTotalMemory), {r.AllocatedBytesPerDocument / 1e3:N0} KB allocated per document"));
        w.WriteLine();
        w.WriteLine("where single-threaded time goes (and what each stage allocates per document, load-independent)");
        foreach (var s in r.Stages)
            w.WriteLine(string.Create(c, $"  {s.Name,-28} {s.Share,6:P1} {s.Seconds * 1000,10:N0} ms {s.BytesPerDocument / 1e3,8:N1} KB/doc  {Bar(s.Share)}"));
        w.WriteLine();
        if (r.Ingest is { } i)
        {
            w.WriteLine(string.Create(c, $"ingest     {i.Events:N0} events from {i.Documents:N0} documents in {i.Batches} batch(es): {i.EventsPerSecond:N0} events/s of store time ({i.StoreSeconds:0.000} s, of which closing {i.CloseSeconds:0.000} s; {i.EventsPerSecondBeforeClose:N0} events/s before the close); {i.DocumentsPerSecond:N0} docs/s end to end, coded by {i.Workers} thread(s) beside the store"));
            w.WriteLine();
        }
        w.WriteLine("targets");
        foreach (var t in r.Targets())
            w.WriteLine(string.Create(c, $"  {(t.Met ? "met    " : "NOT MET")}  {t.Name,-26} {t.Target,-14} measured {t.Measured}"));
    }

    public static void WriteJson(BenchReport r, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("corpus", r.Corpus);
        w.WriteNumber("documents", r.Documents);
        w.WriteNumber("words", r.Words);
        w.WriteNumber("text_bytes", r.TextBytes);
        w.WriteNumber("repeat", r.Repeat);
        w.WriteNumber("passes", r.Passes);
        w.WriteString("machine", r.Machine);
        w.WriteNumber("kb_load_cold_seconds", r.KbLoadColdSeconds);
        w.WriteNumber("kb_load_warm_seconds", r.KbLoadWarmSeconds);
        w.WriteNumber("pipeline_build_seconds", r.PipelineBuildSeconds);
        w.WriteStartArray("extract");
        foreach (var run in r.Runs)
        {
            w.WriteStartObject();
            w.WriteNumber("threads", run.Threads);
            w.WriteNumber("seconds", run.Seconds);
            w.WriteNumber("documents_per_second", run.DocumentsPerSecond);
            w.WriteNumber("words_per_second", run.WordsPerSecond);
            w.WriteNumber("megabytes_per_second", run.MegabytesPerSecond);
            w.WriteNumber("events", run.Events);
            w.WriteNumber("cpu_seconds", run.CpuSeconds);
            w.WriteNumber("cores_used", run.CoresUsed);
            w.WriteNumber("gc_pause_seconds", run.GcPauseSeconds);
            w.WriteNumber("gc_gen0", run.Collections.Gen0);
            w.WriteNumber("gc_gen1", run.Collections.Gen1);
            w.WriteNumber("gc_gen2", run.Collections.Gen2);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("speed_up", r.SpeedUp);
        w.WriteNumber("peak_working_set_bytes", r.PeakWorkingSetBytes);
        w.WriteNumber("managed_heap_bytes", r.ManagedHeapBytes);
        w.WriteNumber("allocated_bytes_per_document", r.AllocatedBytesPerDocument);
        w.WriteStartArray("stages");
        foreach (var s in r.Stages)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteNumber("seconds", s.Seconds);
            w.WriteNumber("share", s.Share);
            w.WriteNumber("bytes_per_document", s.BytesPerDocument);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (r.Ingest is { } i)
        {
            w.WriteStartObject("ingest");
            w.WriteNumber("documents", i.Documents);
            w.WriteNumber("events", i.Events);
            w.WriteNumber("batches", i.Batches);
            w.WriteNumber("workers", i.Workers);
            w.WriteNumber("store_seconds", i.StoreSeconds);
            w.WriteNumber("events_per_second", i.EventsPerSecond);
            w.WriteNumber("close_seconds", i.CloseSeconds);
            w.WriteNumber("events_per_second_before_close", i.EventsPerSecondBeforeClose);
            w.WriteNumber("total_seconds", i.TotalSeconds);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("ingest");
        }
        w.WriteStartArray("targets");
        foreach (var t in r.Targets())
        {
            w.WriteStartObject();
            w.WriteString("name", t.Name);
            w.WriteString("target", t.Target);
            w.WriteString("measured", t.Measured);
            w.WriteBoolean("met", t.Met);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static string Bar(double share) => new('#', (int)Math.Round(share * 40));
}
