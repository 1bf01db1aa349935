namespace Readout.Cli;

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run finished, but at least one input was rejected.</summary>
    public const int SomeInputsRejected = 1;

    /// <summary>Nothing could be done (bad arguments, unusable database).</summary>
    public const int Failed = 2;
}
