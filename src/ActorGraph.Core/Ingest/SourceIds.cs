using System.Security.Cryptography;
using System.Text;
using ActorGraph.Model;

namespace ActorGraph.Ingest;

/// <summary>
/// A stable id for an observation that came without one (a CSV row with no <c>source_id</c>): a hash of what
/// identifies it, so ingesting the same file twice adds nothing, while two different replies stay two relations.
/// </summary>
public static class SourceIds
{
    public static string Derive(RelationType type, string source, string target, DateTimeOffset? at, params string?[] details)
    {
        var key = string.Join('\u001f', [type.ToName(), source, target, at is { } a ? Timestamps.Format(a) : "", .. details]);
        return "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12));
    }
}
