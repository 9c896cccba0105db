using System.Text.RegularExpressions;

namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>
/// Finds people's names in French free text. It reads runs of capitalised words ("chains") and
/// weighs them against the name lexicon and their context:
/// <list type="bullet">
/// <item>a title ("M.", "Mme", "Maître"), a word announcing a person ("le jeune", "la famille",
/// "son fils") or an age just after ("Marie Curie, 43 ans") makes a person;</item>
/// <item>otherwise a known first name does ("Kevin Durand", "DURAND Kevin", "Yanis"), or an
/// initial with a name ("Kevin D.", "D. Martin");</item>
/// <item>a place word before ("rue Victor Hugo", "collège Jean Moulin", "centre social Romain
/// Rolland"), a famous namesake alone ("Paul Bert"), a commune ("Fontaine") or a determiner
/// ("la Clio") makes it not a person; first names that are also ordinary words ("Rose",
/// "Claire") need a last name beside them.</item>
/// </list>
/// </summary>
public static partial class PersonDetector
{
    private const int MaxChain = 6;

    public static void Find(string text, IReadOnlyList<Token> tokens, NameLexicon lexicon, List<Finding> findings)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var end = ChainEnd(text, tokens, i);
            if (end < i)
            {
                i++;
                continue;
            }
            Judge(text, tokens, i, end, lexicon, findings);
            i = end + 1;
        }
    }

    /// <summary>The last index of the chain starting at <paramref name="start"/>, or start − 1 when no chain starts there.</summary>
    private static int ChainEnd(string text, IReadOnlyList<Token> tokens, int start)
    {
        if (!CanStart(text, tokens, start))
        {
            return start - 1;
        }
        var end = start;
        while (end + 1 < tokens.Count && end - start < MaxChain && Joined(text, tokens[end], tokens[end + 1]))
        {
            var next = tokens[end + 1];
            if (!IsTitle(text, tokens, end) && IsTitle(text, tokens, end + 1))
            {
                // "Intervention de Mme Céline Vidal": the title starts a name of its own.
                break;
            }
            if (IsNameWord(next))
            {
                end++;
            }
            else if (FrenchCues.Particles.Contains(next.Norm) && end + 2 < tokens.Count && tokens[end + 2].IsCapitalized && Joined(text, next, tokens[end + 2])
                && !IsTitle(text, tokens, end + 2))
            {
                end += 2;
            }
            else if (next.Norm == "et" && IsTitle(text, tokens, end) && end + 2 < tokens.Count && IsTitle(text, tokens, end + 2))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    private static bool CanStart(string text, IReadOnlyList<Token> tokens, int i) => IsNameWord(tokens[i]) || IsTitle(text, tokens, i);

    // A capitalised word, not an elided article ("L'", "D'").
    private static bool IsNameWord(Token t) => t.IsCapitalized && !t.Norm.EndsWith('\'');

    // Words of one name are separated by spaces only, or by the dot of an abbreviation ("M. Ferreira", "D. Martin").
    private static bool Joined(string text, Token left, Token right)
    {
        var gap = text.AsSpan(left.End, right.Start - left.End);
        if (gap.Length == 0)
        {
            return false;
        }
        var dotted = gap[0] == '.' && (left.Length == 1 || FrenchCues.Titles.Contains(left.Norm));
        var rest = dotted ? gap[1..] : gap;
        return (rest.Length > 0 || dotted) && rest.Length <= 3 && rest.IndexOfAnyExcept(' ') < 0;
    }

    private static bool IsTitle(string text, IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!FrenchCues.Titles.Contains(t.Norm) || i + 1 >= tokens.Count)
        {
            return false;
        }
        var next = tokens[i + 1];
        // "Mme de Villeneuve" is a name; "Madame la Coordinatrice", "Monsieur le Maire" are functions.
        var nameFollows = next.IsCapitalized || next.Norm == "et"
            || FrenchCues.Particles.Contains(next.Norm) && next.Norm is not ("le" or "la") && i + 2 < tokens.Count && tokens[i + 2].IsCapitalized;
        if (!nameFollows)
        {
            return false;
        }
        if (t.Norm is "m" or "me" or "pr" or "dr")
        {
            // "M." needs its dot, "Me"/"Pr"/"Dr" their capital; "me" in "il me dit" is no title.
            return t.IsCapitalized && (t.Norm != "m" || (t.End < text.Length && text[t.End] == '.'));
        }
        return t.IsCapitalized || t.Norm is "monsieur" or "madame" or "mademoiselle";
    }

    private static bool IsInitial(string text, Token t) => t.Length == 1 && t.IsCapitalized && t.End < text.Length && text[t.End] == '.';

    private static void Judge(string text, IReadOnlyList<Token> tokens, int start, int end, NameLexicon lexicon, List<Finding> findings)
    {
        // "Au Mas du Taureau", "Le Département": a capitalised article is context, not a name.
        var chainStart = start;
        while (start <= end && FrenchCues.FunctionWords.Contains(tokens[start].Norm) && !IsTitle(text, tokens, start))
        {
            start++;
        }
        // A place word inside the chain ("Rue Victor Hugo", "VOITURE BRULEE AVENUE JEAN JAURES") ends the name part.
        for (var k = start; k <= end; k++)
        {
            if (FrenchCues.PlaceWords.Contains(tokens[k].Norm) && !(k > start && IsTitle(text, tokens, k - 1)))
            {
                end = k - 1;
                break;
            }
        }
        if (end < start || PlaceBefore(text, tokens, start))
        {
            return;
        }
        var titled = IsTitle(text, tokens, start);
        var nameStart = start;
        while (nameStart <= end && (IsTitle(text, tokens, nameStart) || tokens[nameStart].Norm == "et"))
        {
            nameStart++;
        }
        if (nameStart > end)
        {
            return;
        }
        var context = false;
        if (!titled && !IsPerson(text, tokens, start, nameStart, end, lexicon, out context))
        {
            return;
        }
        var from = titled ? start : FirstNameToken(text, tokens, nameStart, end, lexicon, context, afterArticle: start > chainStart);
        if (from > end)
        {
            return;
        }
        var spanEnd = tokens[end].End + (IsInitial(text, tokens[end]) ? 1 : 0);
        findings.Add(new Finding(FindingKind.Person, tokens[from].Start, spanEnd - tokens[from].Start, text[tokens[from].Start..spanEnd]));
    }

    private static bool IsPerson(string text, IReadOnlyList<Token> tokens, int start, int nameStart, int end, NameLexicon lexicon, out bool context)
    {
        context = false;
        var first = tokens[nameStart];
        if (NeverAName(first) || end == nameStart && FrenchCues.CalendarWords.Contains(first.Norm))
        {
            return false;
        }
        for (var k = nameStart; k <= end; k++)
        {
            // "France Travail", "Renault Trafic": an organisation or a vehicle.
            if (FrenchCues.OrganisationWords.Contains(tokens[k].Norm) || FrenchCues.Cars.Contains(tokens[k].Norm))
            {
                return false;
            }
        }
        var cue = CueBefore(text, tokens, start);
        if (cue == Cue.Strong)
        {
            // "les frères Benzema", "la famille Diarra", "le brigadier-chef Ramos": any capitalised word is a name.
            context = true;
            return true;
        }

        var determiner = DeterminerBefore(text, tokens, start);
        var strongFirst = false;
        var firstNames = 0;
        var lastNames = 0;
        var unknown = 0;
        var initials = 0;
        var anyName = false;
        for (var k = nameStart; k <= end; k++)
        {
            var t = tokens[k];
            var flags = lexicon.Lookup(t.Norm);
            anyName |= (flags & (NameFlags.FirstName | NameFlags.LastName)) != 0;
            var isFirst = flags.HasFlag(NameFlags.FirstName);
            // A first name that is also a word ("Serge", "Olivier", "Anis") is a name when capitalised mid-sentence.
            strongFirst |= isFirst && !t.IsAllCaps && (!flags.HasFlag(NameFlags.Word) || MidSentence(text, t) && !determiner);
            firstNames += isFirst ? 1 : 0;
            lastNames += !isFirst && flags.HasFlag(NameFlags.LastName) && !flags.HasFlag(NameFlags.Word) ? 1 : 0;
            unknown += flags == NameFlags.None && !IsInitial(text, t) && !t.IsAllCaps && t.Length > 1 ? 1 : 0;
            initials += IsInitial(text, t) ? 1 : 0;
        }
        if (cue == Cue.Weak || AgeAfter().IsMatch(text.AsSpan(tokens[end].End)) || RoleAfter(text, tokens, end))
        {
            // "chez Dieunika Joseph", "Marie Curie, 43 ans", "Pierre, élève de 3e".
            context = anyName || initials > 0;
            return context;
        }
        var phrase = Phrase(tokens, nameStart, end);
        // "la Clio", "le Mistral" are things; "les Amis de Kevin Durand" still holds a name.
        if (lexicon.IsFamous(phrase) || lexicon.IsCommune(phrase) || determiner && (end == nameStart || !strongFirst))
        {
            return false;
        }
        return strongFirst
            || firstNames + lastNames >= 2
            // "Claire Dumoulin", "Olive Rakotoarisoa": a first name and a capitalised word unknown to the lexicon.
            || firstNames >= 1 && unknown >= 1 && end > nameStart
            // "Rojda Aslan" mid-sentence: an unknown first name and a known last name.
            || lastNames >= 1 && unknown >= 1 && end == nameStart + 1 && MidSentence(text, first)
            || initials > 0 && anyName && InitialWithName(text, tokens, nameStart, end)
            || AllCapsName(tokens, nameStart, end, lexicon);
    }

    private enum Cue
    {
        None,
        Weak,
        Strong,
    }

    // The word just before the chain: "le jeune", "la famille", "le brigadier-chef" (strong); "chez", "avec", "je suis" (weak).
    private static Cue CueBefore(string text, IReadOnlyList<Token> tokens, int start)
    {
        if (start == 0 || !Joined(text, tokens[start - 1], tokens[start]))
        {
            return Cue.None;
        }
        var before = tokens[start - 1].Norm;
        if (before == "les" && start > 1 && tokens[start - 2].Norm == "chez")
        {
            return Cue.Strong; // "chez les Hamidi"
        }
        if (FrenchCues.WeakPersonCues.Contains(before))
        {
            return Cue.Weak;
        }
        return FrenchCues.PersonCues.Contains(before) || FrenchCues.Ranks.Contains(before) ? Cue.Strong : Cue.None;
    }

    private static bool NeverAName(Token t) =>
        FrenchCues.FunctionWords.Contains(t.Norm) || FrenchCues.Ranks.Contains(t.Norm) || FrenchCues.PlaceWords.Contains(t.Norm);

    // ", élève de 3e", " (gardien)", ", la gardienne".
    private static bool RoleAfter(string text, IReadOnlyList<Token> tokens, int end)
    {
        var k = end + 1;
        if (k >= tokens.Count)
        {
            return false;
        }
        var gap = text.AsSpan(tokens[end].End, tokens[k].Start - tokens[end].End).Trim().TrimStart('.').Trim();
        if (gap is not "," and not "(")
        {
            return false;
        }
        if (tokens[k].Norm is "le" or "la" or "l'" or "notre" or "votre" or "son" or "sa" && k + 1 < tokens.Count)
        {
            k++;
        }
        return FrenchCues.RolesAfter.Contains(tokens[k].Norm);
    }

    // Leading words that are not names ("Bonjour Kevin", "Interpellation de Mickaël Roux") are not part of the name.
    private static int FirstNameToken(string text, IReadOnlyList<Token> tokens, int from, int end, NameLexicon lexicon, bool context, bool afterArticle)
    {
        // In a line written all in capitals ("MON NOM EST HAMIDOU SAÏD"), only the lexicon tells names from words.
        var allCapsText = true;
        for (var k = from; k <= end && allCapsText; k++)
        {
            allCapsText = tokens[k].IsAllCaps || tokens[k].Length == 1;
        }
        for (var k = from; k <= end; k++)
        {
            var t = tokens[k];
            var flags = lexicon.Lookup(t.Norm);
            if (t.IsCapitalized && ((flags & (NameFlags.FirstName | NameFlags.LastName)) != 0 || IsInitial(text, t) || t.IsAllCaps && k < end && !allCapsText
                || MidSentence(text, t) && !NeverAName(t) && !t.IsAllCaps && !(afterArticle && k == from)))
            {
                return k;
            }
        }
        return context ? from : end + 1;
    }

    // Not the first word of a sentence, a line, a list item or a quotation; after a colon a capital marks a name: "Requérant : Moussa".
    private static bool MidSentence(string text, Token t)
    {
        var k = t.Start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }
        return k >= 0 && !".!?;«\"“(–—-\n\r•*".Contains(text[k]);
    }

    // "Kevin D.", "D. Martin", "C. Martins": an initial beside a name (not a sentence word: "Plan B. Les…").
    private static bool InitialWithName(string text, IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var k = from; k <= end; k++)
        {
            if (IsInitial(text, tokens[k]))
            {
                var neighbour = k < end ? tokens[k + 1] : k > from ? tokens[k - 1] : default;
                if (neighbour.Length > 1 && !FrenchCues.FunctionWords.Contains(neighbour.Norm))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // All in capitals ("KEVIN DURAND"): a known first name and a known last name, side by side.
    private static bool AllCapsName(IReadOnlyList<Token> tokens, int from, int end, NameLexicon lexicon)
    {
        if (end - from != 1)
        {
            return false;
        }
        var a = lexicon.Lookup(tokens[from].Norm);
        var b = lexicon.Lookup(tokens[end].Norm);
        static bool First(NameFlags f) => f.HasFlag(NameFlags.FirstName) && !f.HasFlag(NameFlags.Word);
        static bool Last(NameFlags f) => f.HasFlag(NameFlags.LastName) && !f.HasFlag(NameFlags.Word);
        return First(a) && Last(b) || Last(a) && First(b);
    }

    // "rue Victor Hugo", "collège Jean Moulin", "centre social Romain Rolland", "arrêt de tram Hôtel de Ville".
    private static bool PlaceBefore(string text, IReadOnlyList<Token> tokens, int start)
    {
        var k = start - 1;
        for (var steps = 0; k >= 0 && steps < 4; steps++, k--)
        {
            if (!Joined(text, tokens[k], tokens[k + 1]) && !(tokens[k].Norm.EndsWith('\'') && tokens[k].End == tokens[k + 1].Start))
            {
                return false;
            }
            if (FrenchCues.PlaceWords.Contains(tokens[k].Norm))
            {
                return true;
            }
            if (!FrenchCues.PlaceModifiers.Contains(tokens[k].Norm))
            {
                return false;
            }
        }
        return false;
    }

    private static bool DeterminerBefore(string text, IReadOnlyList<Token> tokens, int start) =>
        start > 0 && FrenchCues.Determiners.Contains(tokens[start - 1].Norm)
        && (Joined(text, tokens[start - 1], tokens[start]) || tokens[start - 1].End == tokens[start].Start);

    private static string Phrase(IReadOnlyList<Token> tokens, int from, int end) =>
        from == end ? tokens[from].Norm : NameLexicon.Phrase(Enumerable.Range(from, end - from + 1).Select(k => tokens[k].Norm));

    // ", 17 ans", " (18 ans)", ", né le", ", née en".
    [GeneratedRegex(@"^\.?\s*[,(]?\s*(?:\d{1,3}\s*ans\b|n[ée]e?s?\s)", RegexOptions.CultureInvariant)]
    private static partial Regex AgeAfter();
}
