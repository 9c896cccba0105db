using System.Numerics;

namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>Check-digit rules that tell a real identifier from a number that only looks like one.</summary>
public static class Checks
{
    /// <summary>NIR: key = 97 − (13-digit number mod 97), with Corsica's 2A read as 19 and 2B as 18.</summary>
    public static bool IsValidNir(string value)
    {
        var compact = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length != 15)
        {
            return false;
        }
        var body = compact[..13].Replace("2A", "19", StringComparison.Ordinal).Replace("2B", "18", StringComparison.Ordinal);
        if (!long.TryParse(body, out var number) || !int.TryParse(compact[13..], out var key))
        {
            return false;
        }
        var month = int.Parse(compact.AsSpan(3, 2));
        var monthIsPlausible = month is >= 1 and <= 12 or >= 20 and <= 42 or >= 50 and <= 99;
        return monthIsPlausible && key == 97 - (int)(number % 97);
    }

    /// <summary>IBAN (ISO 13616): move the first four characters to the end, letters to numbers, mod 97 = 1.</summary>
    public static bool IsValidIban(string value)
    {
        var compact = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length is < 15 or > 34)
        {
            return false;
        }
        var digits = string.Concat((compact[4..] + compact[..4]).Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
        return BigInteger.TryParse(digits, out var number) && number % 97 == 1;
    }
}
