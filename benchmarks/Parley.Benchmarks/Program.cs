using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/Parley.Benchmarks -- --filter '*'
// Corpus-driven benchmarks read PARLEY_CORPUS (a JSON Lines file, e.g. ../shared/corpora/voa/voa_stories.jsonl).
// "alloc [FILE]" measures the pipeline's allocation per document instead (AllocationMeter).
if (args is ["alloc", ..])
    Parley.Benchmarks.AllocationMeter.Run(args.Length > 1 ? args[1] : null);
else
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
