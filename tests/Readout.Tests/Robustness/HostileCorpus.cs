using System.IO.Compression;
using System.Text;
using Readout.Tests.Support;

namespace Readout.Tests.Robustness;

/// <summary>
/// A folder of hostile inputs mixed with a few valid fictional pages, each with the outcome a run must give it.
/// Built from a fixed seed, so every run of the tests attacks with the same bytes.
/// </summary>
internal sealed class HostileCorpus
{
    public const string Call = "Ostravian Foreign Minister Andrey Valkov spoke by telephone with Belmarian Foreign Secretary Edwin Larcombe on 7 March 2024. "
        + "The two ministers discussed arms control and the reopening of the embassies in Valmora and Calt. They agreed to meet again in April.";

    private readonly TempFolder _folder;
    private readonly Random _random = new(20240307);

    private HostileCorpus(TempFolder folder) => _folder = folder;

    /// <summary>Each input (path relative to <see cref="Root"/>, or path#line in a feed) with its due outcome and a word its rejection must hold.</summary>
    public Dictionary<string, (Outcome Outcome, string Reason)> Expected { get; } = new(StringComparer.Ordinal);

    public string Root => Path.Combine(_folder.Path, "in");

    public static HostileCorpus Write(TempFolder folder)
    {
        var corpus = new HostileCorpus(folder);
        corpus.WriteValid();
        corpus.WriteBroken();
        corpus.WriteCut();
        corpus.WriteOutOfReach();
        return corpus;
    }

    public static string Page(string title, string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>";

    private void WriteValid()
    {
        Add("good/a-call.txt", Call, Outcome.Stored);
        Add("good/b-call.html", Page("Valkov and Larcombe speak by phone", Call), Outcome.Stored);
        Add("good/c-utf16.html", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Page("Zoë Brünnhilde visits Calt", Call.Replace("Andrey", "Zoë", StringComparison.Ordinal)))], Outcome.Stored);
        Add("good/d-latin1.txt", Encoding.Latin1.GetBytes("Tessarin Minister Zoë Brünnhilde met Ostravian envoy Jörg Åberg in Calt on 9 March 2024. " + Call), Outcome.Stored);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Add("good/e-cyrillic.txt", Encoding.GetEncoding(1251).GetBytes("Министр Андрей Вальков встретился с послом в Калте 9 марта 2024 года. " + Call), Outcome.Either);

        // A feed with a broken line in the middle and a last line cut off by a crash.
        var line = $"{{\"text\":\"{Call} (wire)\",\"published\":\"2024-03-07\"}}";
        Add("good/f-feed.jsonl", $"{line.Replace("7 March", "8 March", StringComparison.Ordinal)}\n{{\"text\": \"broken\n{line}\n{{\"text\":\"cut off", Outcome.Ignored);
        Expected.Remove("good/f-feed.jsonl");
        Expected["good/f-feed.jsonl#1"] = (Outcome.Stored, "");
        Expected["good/f-feed.jsonl#2"] = (Outcome.Rejected, "malformed JSON");
        Expected["good/f-feed.jsonl#3"] = (Outcome.Stored, "");
        Expected["good/f-feed.jsonl#4"] = (Outcome.Rejected, "malformed JSON");
    }

    private void WriteBroken()
    {
        Add("bad/empty.txt", "", Outcome.Rejected, "empty");
        Add("bad/random.html", RandomBytes(4096), Outcome.Rejected, "binary");
        Add("bad/random", RandomBytes(4096), Outcome.Ignored);
        Add("bad/nul.txt", Encoding.UTF8.GetBytes(Call + "\0\0\0" + Call), Outcome.Rejected, "binary");
        Add("bad/nul-late.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Call + "\n", 100)) + "\0" + Call), Outcome.Either);
        Add("bad/binary.jsonl", RandomBytes(8192), Outcome.Rejected, "binary");
        Add("bad/huge.txt", Encoding.ASCII.GetBytes(new string('x', 21 * 1024 * 1024)), Outcome.Rejected, "too large");
        Add("bad/gzip.html", Truncated(Gzip(Page("Compressed", Call)), 0.5), Outcome.Rejected, "binary");
        Add("bad/feed.jsonl.gz", Truncated(Gzip(Call), 0.5), Outcome.Ignored);
        Add("bad/crawl.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html><body><p>" + Call, Outcome.Ignored);
    }

    /// <summary>Pages cut off mid-way and pathological markup: each must be stored or rejected, never crash or hang.</summary>
    private void WriteCut()
    {
        var page = Page("Valkov and Larcombe speak by phone", Call);
        var cut = page.IndexOf("</article>", StringComparison.Ordinal);
        Add("cut/mid-tag.html", page[..cut] + "<a href=\"/next\" cla", Outcome.Either);
        Add("cut/mid-comment.html", page[..cut] + "<!-- related stories: ", Outcome.Either);
        Add("cut/mid-script.html", page[..cut] + "<script>var x = '</p>", Outcome.Either);
        Add("cut/mid-entity.html", page[..cut] + "&#x1F6", Outcome.Either);
        Add("cut/utf8-mid-char.txt", Encoding.UTF8.GetBytes(Call + " Zoë")[..^1], Outcome.Stored);

        var nested = new StringBuilder("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
        nested.Insert(nested.Length, "<div>", 50_000).Append("<p>").Append(Call).Append("</p>").Insert(nested.Length, "</div>", 50_000).Append("</body></html>");
        Add("cut/nested.html", nested.ToString(), Outcome.Rejected, "nested too deeply");

        var unclosed = new StringBuilder("<!DOCTYPE html><html><head><title>Open</title></head><body>");
        unclosed.Insert(unclosed.Length, "<span><b><i>", 20_000).Append("<p>").Append(Call);
        Add("cut/unclosed.html", unclosed.ToString(), Outcome.Rejected, "nested too deeply");

        // One long line of prose with no line break (megabytes take the annotator minutes: a known gap).
        var prose = new StringBuilder();
        while (prose.Length < 200 * 1024)
        {
            prose.Append(Call).Append(' ');
        }

        Add("cut/one-line.txt", prose.ToString(), Outcome.Either);
    }

    /// <summary>A symbolic link that loops back to its folder, and a file nobody may read (skipped as root).</summary>
    private void WriteOutOfReach()
    {
        var loop = _folder.Combine("in/links/loop");
        Add("links/inside.txt", Call.Replace("7 March", "10 March", StringComparison.Ordinal), Outcome.Stored);
        try
        {
            Directory.CreateSymbolicLink(loop, "..");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // No symbolic links here: the rest of the attack still runs.
        }

        if (!OperatingSystem.IsWindows() && !Environment.IsPrivilegedProcess)
        {
            var locked = Add("locked/secret.txt", Call.Replace("7 March", "11 March", StringComparison.Ordinal), Outcome.Rejected, "cannot read");
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }
    }

    /// <summary>Gives back read permission so the folder can be deleted.</summary>
    public void Unlock()
    {
        var locked = _folder.Combine("in/locked/secret.txt");
        if (!OperatingSystem.IsWindows() && File.Exists(locked))
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private string Add(string relative, string content, Outcome outcome, string reason = "") =>
        Add(relative, Encoding.UTF8.GetBytes(content), outcome, reason);

    private string Add(string relative, byte[] content, Outcome outcome, string reason = "")
    {
        Expected[relative] = (outcome, reason);
        return _folder.File(Path.Combine("in", relative), content);
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            zip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(text, 20))));
        }

        return buffer.ToArray();
    }

    private static byte[] Truncated(byte[] bytes, double share) => bytes[..(int)(bytes.Length * share)];
}

/// <summary>What a run must do with one input.</summary>
internal enum Outcome
{
    Stored,
    Rejected,

    /// <summary>Stored or rejected (an encoding guessed, a page cut off), but one of them exactly once.</summary>
    Either,

    /// <summary>Not an input type: a folder walk passes over it, neither stored nor reported.</summary>
    Ignored,
}
