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

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static int? Parse(string text)
    {
        string t = text.ToLowerInvariant();

        // "twenty four", "twenty-four": tens and units.
        int space = t.IndexOfAny([' ', '-']);
        if (space > 0 && Array.IndexOf(Tens, t[..space]) is var ten and >= 0 && Parse(t[(space + 1)..].Trim()) is { } unit and < 10)
        {
            return (ten + 2) * 10 + unit;
        }

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
            _ when Array.IndexOf(Tens, t) is var tens and >= 0 => (tens + 2) * 10,
            "hundred" => 100,
            _ => null,
        };
    }

    public const string Pattern = @"\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred";
}
