using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/Parley.Benchmarks -- --filter '*'
// Corpus-driven benchmarks read PARLEY_CORPUS (a JSON Lines file, e.g. ../shared/corpora/voa/voa_stories.jsonl).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
