using System.Globalization;

namespace Readout.Extraction.Html;

/// <summary>Reads the hour of an ISO timestamp written in UTC ("2021-11-04T23:00Z", "…T02:11:03+00:00", "…T09:49:32+0000").</summary>
public static class UtcTimestamp
{
    public static bool TryHour(string? stamp, out int hour)
    {
        hour = -1;
        if (stamp is null)
        {
            return false;
        }

        var s = stamp.AsSpan().Trim();
        var t = s.IndexOf('T');
        if (t != 10 || s.Length < t + 6 || !IsUtc(s[(t + 6)..]))
        {
            return false;
        }

        return int.TryParse(s.Slice(t + 1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out hour) && hour < 24;
    }

    /// <summary>The tail after "HH:MM": optional seconds and fraction, then "Z" or a zero offset.</summary>
    private static bool IsUtc(ReadOnlySpan<char> tail)
    {
        var i = 0;
        while (i < tail.Length && (char.IsAsciiDigit(tail[i]) || tail[i] is ':' or '.'))
        {
            i++;
        }

        var zone = tail[i..];
        return zone is "Z" or "z" or "+00:00" or "+0000" or "-00:00" or "+00";
    }
}
