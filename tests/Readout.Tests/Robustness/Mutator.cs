using System.Text;

namespace Readout.Tests.Robustness;

/// <summary>
/// Byte-level mutations of valid inputs, the kinds that real damage and hostile pages produce: flipped bits, bytes
/// inserted, deleted or repeated, files cut off or spliced together, markup and quote characters, NUL and invalid
/// UTF-8 dropped in, and bursts of deep nesting. Driven by one <see cref="Random"/>, so a seed names every mutant.
/// </summary>
internal sealed class Mutator(Random random)
{
    private static readonly byte[][] Debris =
    [
        "<"u8.ToArray(), ">"u8.ToArray(), "\""u8.ToArray(), "'"u8.ToArray(), "</"u8.ToArray(), "<!--"u8.ToArray(), "-->"u8.ToArray(),
        "&#x"u8.ToArray(), "&amp"u8.ToArray(), "<script>"u8.ToArray(), "]]>"u8.ToArray(), "{\""u8.ToArray(), "\\u"u8.ToArray(), "\\"u8.ToArray(),
        [0], [0xC3], [0xFF], [0xFE, 0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80], "\r"u8.ToArray(), "\n"u8.ToArray(),
        "\u2028"u8.ToArray(), "\u201C"u8.ToArray(), "\u00A0"u8.ToArray(), ". "u8.ToArray(), " on 31 February 2024"u8.ToArray(), " met "u8.ToArray(),
    ];

    private static readonly string[] Openers = ["<div>", "<span>", "<b><i>", "<table><tr><td>", "<ul><li>", "<blockquote>", "<p>", "[", "{\"a\":", "<a href=\"x\">", "("];

    /// <summary>One to four mutations of <paramref name="input"/>; <paramref name="other"/> is what a splice takes its tail from.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var bytes = new List<byte>(input);
        var rounds = random.Next(1, 5);
        for (var r = 0; r < rounds; r++)
        {
            Once(bytes, other);
        }

        return [.. bytes];
    }

    private void Once(List<byte> bytes, byte[] other)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
        switch (random.Next(10))
        {
            case 0 when bytes.Count > 0:
                var flip = random.Next(bytes.Count);
                bytes[flip] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                var noise = new byte[random.Next(1, 16)];
                random.NextBytes(noise);
                bytes.InsertRange(at, noise);
                break;
            case 2 when bytes.Count > 0:
                var start = random.Next(bytes.Count);
                bytes.RemoveRange(start, Math.Min(bytes.Count - start, random.Next(1, 64)));
                break;
            case 3 when bytes.Count > 0:
                var from = random.Next(bytes.Count);
                var chunk = bytes.GetRange(from, Math.Min(bytes.Count - from, random.Next(1, 256)));
                for (var copies = random.Next(1, 8); copies > 0; copies--)
                {
                    bytes.InsertRange(at, chunk);
                }

                break;
            case 4:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 5 when other.Length > 0:
                bytes.RemoveRange(at, bytes.Count - at);
                bytes.AddRange(other.AsSpan(random.Next(other.Length)));
                break;
            case 6:
            case 7:
                bytes.InsertRange(at, Debris[random.Next(Debris.Length)]);
                break;
            case 8:
                var opener = Openers[random.Next(Openers.Length)];
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(new StringBuilder().Insert(0, opener, random.Next(50, 3000)).ToString()));
                break;
            default:
                // An ASCII letter or space for a byte: the text stays text, but words, names and dates change.
                if (bytes.Count > 0)
                {
                    bytes[random.Next(bytes.Count)] = (byte)" aeEoTM0123-"[random.Next(12)];
                }

                break;
        }
    }
}
