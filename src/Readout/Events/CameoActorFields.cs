namespace Readout.Events;

/// <summary>GDELT's fields derived from CAMEO codes, for exports that line up with GDELT/Phoenix records.</summary>
public static class CameoActorFields
{
    /// <summary>
    /// GDELT's QuadClass of an event code: 1 verbal cooperation (roots 01–05), 2 material cooperation (06–09),
    /// 3 verbal conflict (10–14), 4 material conflict (15–20); null for a code without a CAMEO root.
    /// </summary>
    public static int? QuadClass(string cameo)
    {
        if (cameo.Length < 2 || !char.IsAsciiDigit(cameo[0]) || !char.IsAsciiDigit(cameo[1]))
        {
            return null;
        }

        var root = ((cameo[0] - '0') * 10) + (cameo[1] - '0');
        return root switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 9 => 2,
            >= 10 and <= 14 => 3,
            >= 15 and <= 20 => 4,
            _ => null,
        };
    }

    /// <summary>
    /// GDELT's Type1Code: the first three-letter segment after the country code ("RUSGOV" → "GOV"), or the code's own
    /// first segment for an actor without a country ("IGOUNO" → "IGO"); empty when there is none.
    /// </summary>
    public static string Type1(string? code, string? countryCode)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }

        var start = countryCode is not null && code.StartsWith(countryCode, StringComparison.Ordinal) ? countryCode.Length : 0;
        return code.Length >= start + 3 ? code.Substring(start, 3) : "";
    }
}
