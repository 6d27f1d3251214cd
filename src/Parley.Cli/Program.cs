using Parley.Cli;

return ParleyApp.Run(args, CliContext.FromConsole());
