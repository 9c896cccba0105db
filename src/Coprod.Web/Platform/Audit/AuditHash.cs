using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Coprod.Web.Platform.Audit;

/// <summary>The chain's hash function: SHA-256 over every field and the previous hash.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditRecord r)
    {
        var canonical = string.Join('\u001f',
            r.Sequence.ToString(CultureInfo.InvariantCulture),
            r.At.ToUniversalTime().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ((int)r.Type).ToString(CultureInfo.InvariantCulture),
            r.PartnershipId?.ToString("N") ?? "",
            r.ActorId?.ToString("N") ?? "",
            r.TargetType ?? "",
            r.TargetId ?? "",
            r.Details ?? "",
            r.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
