using System.Security.Cryptography;
using System.Text;

namespace Readout.Ingest;

/// <summary>
/// Identity of a document's content: SHA-256 of the text with line endings and surrounding whitespace
/// normalised, so one page saved with CRLF and with LF is one document.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var normalised = trimmed.Contains('\r') ? trimmed.ToString().Replace("\r\n", "\n").Replace('\r', '\n') : null;
        var source = normalised is null ? trimmed : normalised.AsSpan();

        var byteCount = Encoding.UTF8.GetByteCount(source);
        var buffer = byteCount <= 1 << 16 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(source, buffer);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer, hash);
        return Convert.ToHexStringLower(hash);
    }
}
