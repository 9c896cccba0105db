using System.Globalization;
using System.Text;

namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>A word of the scanned text: its place, its normalised form and its capitalisation.</summary>
public readonly record struct Token(int Start, int End, string Norm, bool IsCapitalized, bool IsAllCaps)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits French text into words: letters with inner hyphens and apostrophes ("Aït-Ali",
/// "Grand'Place"), an elided article or pronoun ("l'", "d'", "qu'") being a word of its own.
/// </summary>
public static class TextTokens
{
    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }
            var elision = ElisionLength(text, start, i);
            if (elision > 0)
            {
                tokens.Add(Make(text, start, start + elision));
                start += elision;
            }
            tokens.Add(Make(text, start, i));
        }
        return tokens;
    }

    /// <summary>Lower case, accents removed, "œ" as "oe", typographic apostrophe as "'".</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }
        if (ascii)
        {
            return string.Create(word.Length, word.ToString(), static (span, w) => w.AsSpan().ToLowerInvariant(span));
        }
        var builder = new StringBuilder(word.Length + 2);
        foreach (var c in word.ToString().Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                case '’':
                    builder.Append('\'');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(char.ToLowerInvariant(c));
                    }
                    break;
            }
        }
        return builder.ToString();
    }

    private static Token Make(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var capitalized = char.IsUpper(span[0]);
        var allCaps = capitalized && span.Length > 1;
        if (allCaps)
        {
            foreach (var c in span)
            {
                if (char.IsLower(c))
                {
                    allCaps = false;
                    break;
                }
            }
        }
        return new Token(start, end, Normalize(span), capitalized, allCaps);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’';

    // "l'école", "d'Hères", "qu'il": the elided word stands alone; "Grand'Place" does not.
    private static int ElisionLength(string text, int start, int end)
    {
        if (end - start > 2 && IsJoiner(text[start + 1]) && "lLdDjJnNsScCmMtT".Contains(text[start]))
        {
            return 2;
        }
        if (end - start > 3 && IsJoiner(text[start + 2]) && (text[start] is 'q' or 'Q') && (text[start + 1] is 'u' or 'U'))
        {
            return 3;
        }
        return 0;
    }
}
