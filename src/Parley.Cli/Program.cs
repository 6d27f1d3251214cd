using System.CommandLine;

var root = new RootCommand("Parley: who did what to whom, when, where, and how sure we are.");
return root.Parse(args).Invoke();
