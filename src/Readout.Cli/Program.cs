using Readout.Cli;

return await ReadoutCommand.Create().Parse(args).InvokeAsync();
