namespace Readout.Server;

/// <summary>Server settings, bound from the "Readout" configuration section (and set by <c>readout serve</c>).</summary>
public sealed class ServerOptions
{
    public const string Section = "Readout";

    /// <summary>The SQLite store shared with the CLI.</summary>
    public string DatabasePath { get; set; } = "readout.db";

    /// <summary>Key for write endpoints (X-Api-Key). Null or empty: write endpoints are disabled.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest accepted upload body; the CLI's per-file limit.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Write requests allowed per client address per minute.</summary>
    public int WritesPerMinute { get; set; } = 30;

    /// <summary>Where uploaded bodies are kept (provenance: the stored path points at them). Default: "uploads" beside the database.</summary>
    public string? UploadFolder { get; set; }

    /// <summary>
    /// Compare the events with the most sources in the background after start-up, so their pages never run the
    /// comparison stage cold (a 25-source comparison costs most of a second).
    /// </summary>
    public bool WarmComparisons { get; set; }

    public string ResolveUploadFolder() =>
        UploadFolder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DatabasePath))!, "uploads");
}
