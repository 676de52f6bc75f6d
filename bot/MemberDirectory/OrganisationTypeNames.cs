using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.MemberDirectory;

/// <summary>
/// The names of <see cref="OrganisationType"/> in files and messages: the knowledge format's eligibility
/// words (<c>sme</c>, <c>research-centre</c>, ...), with English and Italian variants.
/// </summary>
public static class OrganisationTypeNames
{
    private static readonly Dictionary<string, OrganisationType> Names = new(StringComparer.Ordinal)
    {
        ["company"] = OrganisationType.Company,
        ["largecompany"] = OrganisationType.Company,
        ["enterprise"] = OrganisationType.Company,
        ["azienda"] = OrganisationType.Company,
        ["impresa"] = OrganisationType.Company,
        ["grandeimpresa"] = OrganisationType.Company,
        ["sme"] = OrganisationType.Sme,
        ["pmi"] = OrganisationType.Sme,
        ["startup"] = OrganisationType.Startup,
        ["hospital"] = OrganisationType.Hospital,
        ["ospedale"] = OrganisationType.Hospital,
        ["irccs"] = OrganisationType.Hospital,
        ["university"] = OrganisationType.University,
        ["universita"] = OrganisationType.University,
        ["researchcentre"] = OrganisationType.ResearchCentre,
        ["researchcenter"] = OrganisationType.ResearchCentre,
        ["centrodiricerca"] = OrganisationType.ResearchCentre,
        ["association"] = OrganisationType.Association,
        ["associazione"] = OrganisationType.Association,
        ["publicbody"] = OrganisationType.PublicBody,
        ["entepubblico"] = OrganisationType.PublicBody,
    };

    /// <summary>The canonical names, as the documentation lists them.</summary>
    public static IReadOnlyList<string> Canonical { get; } =
        ["company", "sme", "startup", "hospital", "university", "research-centre", "association", "public-body"];

    /// <summary>Reads an organisation type, ignoring case, accents, spaces, dashes and underscores.</summary>
    public static bool TryParse(string? text, out OrganisationType type)
    {
        type = default;
        return text is not null && Names.TryGetValue(Key(text), out type);
    }

    /// <summary>The canonical name of <paramref name="type"/> (e.g. <c>research-centre</c>).</summary>
    public static string ToName(OrganisationType type) => type switch
    {
        OrganisationType.ResearchCentre => "research-centre",
        OrganisationType.PublicBody => "public-body",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string Key(string text) =>
        string.Concat(ThemeText.Words(text)).ToLowerInvariant();
}
