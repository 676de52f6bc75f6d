using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.TeamsPackage;

/// <summary>What the Teams app package says about the app (section <c>TeamsApp</c>); the bot id comes from <c>Bot:MicrosoftAppId</c>.</summary>
public sealed class TeamsAppOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "TeamsApp";

    /// <summary>The app version; Teams needs a higher one for each upload of a changed package.</summary>
    [RegularExpression(@"^\d+\.\d+\.\d+$", ErrorMessage = "Configuration key 'TeamsApp:Version' must be MAJOR.MINOR.PATCH, e.g. 1.0.0.")]
    public string Version { get; set; } = "1.0.0";

    /// <summary>The publisher's name (at most 32 characters).</summary>
    [StringLength(32, ErrorMessage = "Configuration key 'TeamsApp:DeveloperName' must be at most 32 characters.")]
    public string DeveloperName { get; set; } = "Clust-ER Health";

    /// <summary>The publisher's website (https).</summary>
    public string WebsiteUrl { get; set; } = "https://health.clust-er.it/";

    /// <summary>The privacy statement (https); set the association's real page before publishing.</summary>
    public string PrivacyUrl { get; set; } = "https://health.clust-er.it/";

    /// <summary>The terms of use (https); set the association's real page before publishing.</summary>
    public string TermsOfUseUrl { get; set; } = "https://health.clust-er.it/";

    /// <summary>The background colour of the colour icon and of the app in Teams, as #RRGGBB.</summary>
    [RegularExpression("^#[0-9A-Fa-f]{6}$", ErrorMessage = "Configuration key 'TeamsApp:AccentColor' must be #RRGGBB.")]
    public string AccentColor { get; set; } = "#0B7A75";
}
