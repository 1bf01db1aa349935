using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>How a capitalised run's name goes on past its head word: "of" tails, a second portfolio after "and", firm partners and legal forms.</summary>
internal static partial class OrganizationRecognizer
{
    // "of Health and Social Services", "of Petroleum and Minerals": one or two capitalised words after "and" that end
    // the run and are no body, person, title or place of their own; the index after them, or -1.
    private static int PortfolioAnd(DocumentContext doc, int and)
    {
        var tokens = doc.Tokens;
        int q = and + 1;
        for (; q < tokens.Length && q <= and + 2 && tokens[q].IsCapitalized && !doc.BreakBefore(q) && !doc.IsClaimed(q); q++)
        {
            var word = doc.Word(q);
            if (IsHeadWord(word) || RoleLexicon.Shared.IsRoleWord(word) || GivenNames.Contains(word) || doc.MatchPlace(q, out _) > 0)
            {
                return -1;
            }
        }

        bool closes = q >= tokens.Length || doc.BreakBefore(q) || !tokens[q].IsCapitalized;
        return doc.Is(and, "and") && q > and + 1 && closes ? q : -1;
    }

    // "Brisko Corp and Velcor Inc", "the Ostravian Heart Foundation and Velcor GmbH": "and" after a body's head joins two
    // bodies; after any other capitalised word it may be inside one name ("Velmor Import and Export Corp").
    private static bool AfterBodyAnd(DocumentContext doc, int start)
    {
        if (!doc.Is(start - 1, "and") || start < 2 || doc.BreakBefore(start - 1))
        {
            return false;
        }

        var before = doc.Word(start - 2).TrimEnd('.');
        return !doc.Tokens[start - 2].IsCapitalized || HeadLookup.Contains(before) || NamedHeadLookup.Contains(before);
    }

    // "& Co", "& Sons", "and Co": a firm's partners; the partner word's index, or -1.
    private static int FirmPartners(DocumentContext doc, int k)
    {
        int next = k + 1;
        if (!(doc.Is(k, "&") || doc.Is(k, "and") && doc.Is(next, "Co")) || next >= doc.Tokens.Length || doc.BreakBefore(next))
        {
            return -1;
        }

        return doc.Is(next, "Co") || doc.Is(next, "Sons") || doc.Is(next, "Partners") || doc.Is(next, "Company") ? next : -1;
    }

    // One unclaimed capitalised word and a comma before a one-word partner: "Kalf , Voorhis & Co" (not a list's
    // "Velcor Lynch , Brisko & Co", where the word before the comma follows another capitalised one).
    private static bool CommaPartner(DocumentContext doc, int start)
    {
        var tokens = doc.Tokens;
        int first = start - 2;
        return first >= 0 && doc.Is(start - 1, ",") && !doc.BreakBefore(start - 1) && !doc.BreakBefore(start) && tokens[first].IsCapitalized
               && !doc.IsClaimed(first) && (first == 0 || doc.BreakBefore(first) || !tokens[first - 1].IsCapitalized);
    }

    // "Velmor Research , Inc": a comma, a legal form, and no capitalised word after it.
    private static bool LegalFormAfterComma(DocumentContext doc, int k)
    {
        var tokens = doc.Tokens;
        return doc.Is(k, ",") && k + 1 < tokens.Length && !doc.BreakBefore(k + 1) && (doc.Is(k + 1, "Inc") || doc.Is(k + 1, "Ltd") || doc.Is(k + 1, "Corp"))
               && (k + 2 >= tokens.Length || doc.BreakBefore(k + 2) || !tokens[k + 2].IsCapitalized);
    }

    // "Council of Europe", "Department of Health": a tail of "of"/"for" and capitalised words after the head is
    // the name's; it stops before a title, a person or a date ("Bank of Ostravia Governor ...", "Office on Monday").
    private static int OfTail(DocumentContext doc, int from, int k)
    {
        var tokens = doc.Tokens;
        if (from >= k || !(doc.Is(from, "of") || doc.Is(from, "for")))
        {
            return from;
        }

        int q = from + 1, end = from;
        if (doc.Is(q, "the") && q + 1 < k)
        {
            q++;
        }

        for (; q < k; q++)
        {
            var word = doc.Word(q);
            if (!tokens[q].IsCapitalized)
            {
                if (doc.Is(q, "and") && q + 1 < k)
                {
                    continue; // the run was let past "and" only before a second portfolio
                }

                return end; // another "of": the first tail is enough
            }

            if (TitleAt(doc, q, k) || GivenNames.Contains(word) || SportsClub.IsNotClub(word))
            {
                return end;
            }

            end = q + 1;
        }

        return end;
    }

    // A title opens at q: a role's head ("Governor"), or a modifier before one ("Deputy Governor"); a portfolio
    // alone ("Ministry of Finance", "Department of Energy") is the body's field.
    private static bool TitleAt(DocumentContext doc, int q, int k)
    {
        var roles = RoleLexicon.Shared;
        var word = doc.Word(q);
        return roles.IsHead(word) || roles.IsRoleWord(word) && q + 1 < k && roles.IsRoleWord(doc.Word(q + 1));
    }

    // A possessive inside a name, spaced as "Farmers ' Union" or "People 's Daily" (the tokenizer drops a written "'s"):
    // only after a plural or "People", since "Varn 's Freedom Party" is its leader's party, not its name.
    private static int InnerPossessive(DocumentContext doc, int k, bool oneWordOwner)
    {
        var tokens = doc.Tokens;
        if (!(doc.Is(k, "'") || doc.Is(k, "’")) || doc.BreakBefore(k))
        {
            return -1;
        }

        var owner = doc.Word(k - 1);
        int next = doc.Is(k + 1, "s") ? (owner is "People" or "Peoples" || oneWordOwner && !LeadLookup.Contains(owner) && CompanyTail(doc, k + 2) ? k + 2 : -1) : owner.EndsWith('s') && owner.Length > 3 ? k + 1 : -1;
        return next > 0 && next < tokens.Length && !doc.BreakBefore(next) && tokens[next].IsCapitalized && doc.MatchPlace(k - 1, out _) == 0 ? next : -1;
    }

    // "Velmor 's Investors Service": two or three capitalised words ending in a company's head make a firm's
    // name of the possessive ("Varn 's Freedom Party" is a leader's party, "Varn 's Securities" too short to tell).
    private static bool CompanyTail(DocumentContext doc, int from)
    {
        var tokens = doc.Tokens;
        for (int q = from; q < tokens.Length && q < from + 3 && tokens[q].IsCapitalized && !doc.BreakBefore(q); q++)
        {
            if (q > from && (doc.Is(q, "Service") || doc.Is(q, "Services") || NamedHeadLookup.Contains(doc.Word(q))))
            {
                return q + 1 >= tokens.Length || !tokens[q + 1].IsCapitalized || doc.BreakBefore(q + 1);
            }
        }

        return false;
    }

    // "(Ostravian) Truth and Reconciliation Commission": one or two words, no place, then "and" and words ending in a head.
    private static bool JoinsHead(DocumentContext doc, int start, int and)
    {
        var tokens = doc.Tokens;
        if (doc.MatchPlace(start, out var lead) is > 0 and var ln && lead.Form is PlaceForm.Country or PlaceForm.Demonym)
        {
            start += ln;
        }

        if (and - start is < 1 or > 2 || doc.MatchPlace(start, out _) > 0 || GivenNames.Contains(doc.Word(start)))
        {
            return false;
        }

        // A bare head after "and" is a body of its own ("House and Senate").
        for (int q = and + 2; q < tokens.Length && q <= and + 3 && tokens[q].IsCapitalized && !doc.BreakBefore(q) && tokens[and + 1].IsCapitalized; q++)
        {
            if (HeadLookup.Contains(doc.Word(q)))
            {
                return q + 1 >= tokens.Length || !tokens[q + 1].IsCapitalized || doc.BreakBefore(q + 1);
            }
        }

        return false;
    }
}
