using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.MemberDirectory;

/// <summary>The names of <see cref="PersonRoles"/> in files: English, with Italian variants.</summary>
public static class PersonRoleNames
{
    private static readonly Dictionary<string, PersonRoles> Names = new(StringComparer.Ordinal)
    {
        ["member"] = PersonRoles.Member,
        ["socio"] = PersonRoles.Member,
        ["membro"] = PersonRoles.Member,
        ["representative"] = PersonRoles.Representative,
        ["rappresentante"] = PersonRoles.Representative,
        ["referente"] = PersonRoles.Representative,
        ["board"] = PersonRoles.Board,
        ["consiglio"] = PersonRoles.Board,
        ["consigliere"] = PersonRoles.Board,
        ["staff"] = PersonRoles.Staff,
    };

    /// <summary>The canonical names, as the documentation lists them.</summary>
    public static IReadOnlyList<string> Canonical { get; } = ["member", "representative", "board", "staff"];

    /// <summary>Reads one role name, ignoring case and accents.</summary>
    public static bool TryParse(string? text, out PersonRoles role)
    {
        role = PersonRoles.None;
        return text is not null && Names.TryGetValue(string.Concat(ThemeText.Words(text)).ToLowerInvariant(), out role);
    }
}
