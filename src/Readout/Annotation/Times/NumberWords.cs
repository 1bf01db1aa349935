using System.Globalization;

namespace Readout.Annotation.Times;

/// <summary>Reads small cardinal numbers written as digits or words ("five", "a"); vague quantifiers give null.</summary>
internal static class NumberWords
{
    private static readonly string[] Words =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static int? Parse(string text)
    {
        string t = text.ToLowerInvariant();
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        int index = Array.IndexOf(Words, t);
        if (index >= 0)
        {
            return index;
        }

        return t switch
        {
            "a" or "an" => 1,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "hundred" => 100,
            _ => null,
        };
    }

    public const string Pattern = @"\d{1,4}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred";
}
