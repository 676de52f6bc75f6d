namespace ClustER.Bot.Features.Surveys.Definition;

/// <summary>
/// The choices of a country question: the markets the association's members look at (the 2022 annual
/// report's internationalisation survey: France, Northern Europe, Spain and Portugal, USA, Canada, Japan,
/// the Middle East) and the other main ones, by ISO 3166 code, with Italian and English names.
/// </summary>
internal static class SurveyCountries
{
    /// <summary>Code, Italian name, English name; ordered by Italian name in the card.</summary>
    public static IReadOnlyList<(string Code, string It, string En)> All { get; } =
    [
        ("de", "Germania", "Germany"), ("fr", "Francia", "France"), ("es", "Spagna", "Spain"), ("pt", "Portogallo", "Portugal"),
        ("nl", "Paesi Bassi", "Netherlands"), ("be", "Belgio", "Belgium"), ("at", "Austria", "Austria"), ("ch", "Svizzera", "Switzerland"),
        ("gb", "Regno Unito", "United Kingdom"), ("ie", "Irlanda", "Ireland"), ("se", "Svezia", "Sweden"), ("dk", "Danimarca", "Denmark"),
        ("no", "Norvegia", "Norway"), ("fi", "Finlandia", "Finland"), ("pl", "Polonia", "Poland"), ("lt", "Lituania", "Lithuania"),
        ("cz", "Repubblica Ceca", "Czech Republic"), ("gr", "Grecia", "Greece"), ("ro", "Romania", "Romania"), ("hr", "Croazia", "Croatia"),
        ("us", "Stati Uniti", "United States"), ("ca", "Canada", "Canada"), ("mx", "Messico", "Mexico"), ("br", "Brasile", "Brazil"),
        ("ae", "Emirati Arabi Uniti", "United Arab Emirates"), ("sa", "Arabia Saudita", "Saudi Arabia"), ("qa", "Qatar", "Qatar"),
        ("il", "Israele", "Israel"), ("tr", "Turchia", "Turkey"), ("eg", "Egitto", "Egypt"), ("jp", "Giappone", "Japan"),
        ("cn", "Cina", "China"), ("kr", "Corea del Sud", "South Korea"), ("in", "India", "India"), ("sg", "Singapore", "Singapore"),
        ("au", "Australia", "Australia"), ("za", "Sudafrica", "South Africa"),
    ];

    private static readonly Dictionary<string, (string It, string En)> ByCode = All.ToDictionary(c => c.Code, c => (c.It, c.En), StringComparer.Ordinal);

    /// <summary>True for a code in the list.</summary>
    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    /// <summary>The country's name in <paramref name="lang"/>, or the code when unknown.</summary>
    public static string Name(string code, string lang) =>
        ByCode.TryGetValue(code, out (string It, string En) name) ? (lang == "en" ? name.En : name.It) : code;
}
