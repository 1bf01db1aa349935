using System.Text.RegularExpressions;

namespace Readout.Extraction.Html;

/// <summary>
/// A line that asks the reader to act on the site rather than telling the story: subscribe, sign up for the
/// newsletter, log in, follow us, get the app, write a letter to the editor, support or join us, rate this, share
/// this page, allow an embedded post ("Melde dich hier für unseren Newsletter an!", "Síguenos en Telegram …",
/// "Sie sind aktuell nicht eingeloggt."). Judged on short lines only, by a closed set of phrases that address
/// the reader; a line with quotation marks is reported speech ("'Sign up now,' the minister said") and stays.
/// </summary>
public static partial class CallToAction
{
    /// <summary>Prompts are a sentence or two; a longer line is read as text.</summary>
    private const int MaxLength = 250;

    /// <summary>A share button is a word or two ("Seite teilen", "Be Sociable, Share!").</summary>
    private const int MaxShareLength = 40;

    /// <summary>A consent placeholder for an embedded post is a few sentences.</summary>
    private const int MaxConsentLength = 400;

    /// <summary>True when the line is a prompt to the reader: a call to subscribe, follow, log in, share or allow an embed.</summary>
    public static bool IsPrompt(string text)
    {
        if (text.Length <= MaxShareLength && ShareRegex().IsMatch(text))
        {
            return true;
        }

        if (text.Length > MaxConsentLength || text.AsSpan().IndexOfAny(Quotes) >= 0)
        {
            return false;
        }

        if (ConsentRegex().IsMatch(text) && EmbedRegex().IsMatch(text) && ReaderRegex().IsMatch(text))
        {
            return true;
        }

        if (text.Length > MaxLength)
        {
            return false;
        }

        // Imperatives ("Síguenos", "abonniere jetzt") address the reader by themselves; the other phrases need a "you".
        if (ImperativeRegex().IsMatch(text))
        {
            return true;
        }

        return (PromptRegex().IsMatch(text) || AppPromptRegex().IsMatch(text)) && ReaderRegex().IsMatch(text);
    }

    private const string Quotes = "\"„“”«»";

    [GeneratedRegex(@"^(?:[\w ,]{0,20}\b)?(?:share|teilen|partager|compartir|condividi|udostępnij)\b\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareRegex();

    /// <summary>Phrases that are a prompt whenever they occur: a request to follow, join, rate, subscribe.</summary>
    [GeneratedRegex(@"(?<!\w)(?:follow us|folgen sie uns|folg(?:e|t) uns|s[ií]guenos|suivez[- ]nous|seguici|obserwuj nas|wesprzyj nas|hazte miembro|werden sie mitglied|werde mitglied|devenez membre|valora esta noticia|rate this (?:article|story|recipe)|artikel bewerten|abonniere\b|jetzt abonnieren|abonnez|suscr[ií]bete|iscriviti|subskrybuj)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImperativeRegex();

    /// <summary>Phrases that are a prompt when the line also addresses the reader.</summary>
    [GeneratedRegex(@"(?<!\w)(?:please subscribe|become a member|s'abonner|abbonati|subscribe (?:to (?:our|us)|now|today|here)|already a subscriber|subscribers? (?:also )?(?:get|receive)|abonnieren sie|abonniert (?:uns|unseren)"
        + @"|(?:our|unseren?|unserem|notre|nuestro|nostra|nasz\w*) (?:\w+ )?\w*newsletter|sign up for (?:our|the) newsletter|newsletter (?:abonnieren|bestellen)|zum newsletter anmelden"
        + @"|log ?in (?:for|to (?:read|view|comment|access))|you (?:must|need to) be logged in|(?:nicht|bitte) (?:eingeloggt|einloggen)|loggen sie sich|logge dich"
        + @"|letters? to the editor|leserbrief\w*"
        + @"|(?:support|unterstützen sie|unterstütze) (?:our|us|unser\w*|unabhängigen)|consider supporting|supporting our work)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromptRegex();

    /// <summary>The site's own app offered ("Get the latest news … with the X app", "download our app", "unsere App").</summary>
    [GeneratedRegex(@"(?<!\w)(?:get the latest (?:news|updates|stories)\b.{0,60}\bapp|(?:download|get|with) (?:our|the [\w ]{1,30}) app|unsere[rn]? [\w-]*app)(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppPromptRegex();

    /// <summary>
    /// The reader addressed: "you", "du", "ihr", "vous", "tu", "usted", "cię"; German "Sie"/"Ihnen" only capitalised
    /// ("sie" is "she" or "they").
    /// </summary>
    [GeneratedRegex(@"(?<!\w)(?:(?i:you|your|you're|you’re|du|dich|dir|dein\w*|ihr|euch|euer|eure\w*|vous|votre|vos|tu|te|tus|usted|cię)|Sie|Ihnen|Ihre\w*)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex ReaderRegex();

    /// <summary>The consent an embedded post waits for ("ohne dein Einverständnis", "stimme bitte … zu").</summary>
    [GeneratedRegex(@"einverständnis|zustimmung|zustimmen|stimme .{0,60} zu|consent", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentRegex();

    [GeneratedRegex(@"twitter|youtube|instagram|facebook|vimeo|spotify|podcast|externe\w* inhalt|external content|drittanbieter|third-party", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmbedRegex();
}
