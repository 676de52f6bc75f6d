using System.Security.Cryptography;
using System.Text;

namespace ClustER.Bot.Storage.Entities;

/// <summary>
/// A directory identifier (an e-mail address or an Entra object id) of a person who asked to be forgotten, kept
/// only as a SHA-256 hash so that a later member import does not bring them back as a new person. The hash is
/// pseudonymous, not anonymous (whoever already knows the address can check it), and it is what the erasure must
/// keep to be honoured: the association's own member lists may still carry the person.
/// </summary>
public sealed class ErasedIdentity
{
    public int Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of the identifier's kind and normalised value (<see cref="HashOf"/>).</summary>
    public required string IdentifierHash { get; set; }

    public DateTimeOffset ErasedAt { get; set; }

    /// <summary>The hash of an e-mail address (trimmed, case-insensitive).</summary>
    public static string HashOfEmail(string email) => HashOf("email", email);

    /// <summary>The hash of an Entra object id (trimmed, case-insensitive).</summary>
    public static string HashOfObjectId(string aadObjectId) => HashOf("oid", aadObjectId);

    private static string HashOf(string kind, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes($"clust-er-bot/erased/{kind}:{value.Trim().ToLowerInvariant()}"));
        return Convert.ToHexStringLower(digest);
    }
}
