namespace Readout.Server;

/// <summary>Standalone entry point (<c>dotnet run --project src/Readout.Server</c>); the CLI's <c>readout serve</c> uses <see cref="ServerHost"/> directly.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args) => ServerHost.Build(args).Run();
}
