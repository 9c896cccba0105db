using System.Globalization;
using System.Text;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// The comparison form of a place name: no accents, lower case, every run of punctuation or
/// spaces turned into one space ("Saint-Martin-d'Hères" → "saint martin d heres").
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var separatorPending = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                separatorPending = true;
                continue;
            }
            if (separatorPending && builder.Length > 0)
            {
                builder.Append(' ');
            }
            separatorPending = false;
            AppendFolded(builder, char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>The words of the normalised text, with the usual abbreviations of place names expanded.</summary>
    public static string[] QueryWords(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Expand).ToArray();

    private static string Expand(string word) => word switch
    {
        "st" => "saint",
        "ste" => "sainte",
        "sts" => "saints",
        "stes" => "saintes",
        _ => word,
    };

    // Ligatures have no canonical decomposition, yet users type them as two letters.
    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'œ':
                builder.Append("oe");
                break;
            case 'æ':
                builder.Append("ae");
                break;
            default:
                builder.Append(c);
                break;
        }
    }
}
