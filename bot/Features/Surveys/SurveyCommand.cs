using System.Globalization;
using System.Text.RegularExpressions;
using ClustER.Bot.MemberDirectory;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// "invia sondaggio NAME a tutti | GdL N | TYPE, chiude il DATE[, promemoria 3 e 1 giorni prima]" and the
/// English "send survey NAME to all | WG N | TYPE, closes DATE[, reminders 3, 1 days before]", read into parts.
/// </summary>
/// <param name="Name">The survey definition's id.</param>
/// <param name="Audience">Who it goes to.</param>
/// <param name="AudienceValue">The working group number or organisation type value.</param>
/// <param name="CloseDate">The last day to answer (the survey closes at the end of it).</param>
/// <param name="ReminderDays">Reminder points in days before the close, when named.</param>
internal sealed partial record SurveyCommand(string Name, SurveyAudienceKind Audience, int? AudienceValue, DateOnly CloseDate, IReadOnlyList<int>? ReminderDays)
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "d/M/yy", "yyyy-M-d", "d.M.yyyy", "d-M-yyyy", "d MMMM yyyy", "MMMM d yyyy", "MMMM d, yyyy"];

    /// <summary>The message that starts a send; the rest is read by <see cref="Parse"/>.</summary>
    [GeneratedRegex(@"^\s*(?:invia|manda|send)\s+(?:il\s+|the\s+)?(?:sondaggio|survey)\s+(?<name>[\p{L}0-9_-]+)\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    public static partial Regex Pattern();

    /// <summary>Reads the command; null with the resource key of what is wrong in <paramref name="error"/>.</summary>
    public static SurveyCommand? Parse(string name, string rest, DateOnly today, out string? error)
    {
        ArgumentNullException.ThrowIfNull(rest);
        error = null;
        Match head = AudienceHead().Match(rest);
        if (!head.Success)
        {
            error = "Send.Error.Audience";
            return null;
        }

        string[] parts = head.Groups["rest"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !TryAudience(parts[0], out SurveyAudienceKind audience, out int? value))
        {
            error = "Send.Error.Audience";
            return null;
        }

        DateOnly? close = null;
        List<int>? reminders = null;
        for (int i = 1; i < parts.Length; i++)
        {
            Match closes = ClosesPart().Match(parts[i]);
            if (closes.Success)
            {
                close = ReadDate(closes.Groups["date"].Value.Trim(), today);
                if (close is null)
                {
                    error = "Send.Error.Date";
                    return null;
                }

                continue;
            }

            Match remind = RemindersPart().Match(parts[i]);
            if (remind.Success)
            {
                reminders ??= [];
                reminders.AddRange(Number().Matches(parts[i]).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)));
                continue;
            }

            if (reminders is not null && Number().IsMatch(parts[i]) && parts[i].Length < 20)
            {
                reminders.AddRange(Number().Matches(parts[i]).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)));
                continue;
            }

            error = "Send.Error.Unknown";
            return null;
        }

        if (close is null)
        {
            error = "Send.Error.Date";
            return null;
        }

        if (close.Value <= today)
        {
            error = "Send.Error.Past";
            return null;
        }

        return new SurveyCommand(name.ToLowerInvariant(), audience, value, close.Value, reminders?.Distinct().Where(d => d > 0).Order().ToList());
    }

    private static bool TryAudience(string text, out SurveyAudienceKind audience, out int? value)
    {
        value = null;
        audience = SurveyAudienceKind.Everyone;
        string t = text.Trim().ToLowerInvariant();
        if (Everyone().IsMatch(t))
        {
            return true;
        }

        Match wg = WorkingGroup().Match(t);
        if (wg.Success)
        {
            int n = int.Parse(wg.Groups["n"].Value, CultureInfo.InvariantCulture);
            audience = SurveyAudienceKind.WorkingGroup;
            value = n;
            return n is >= 1 and <= 11;
        }

        string type = Article().Replace(t, string.Empty);
        if (OrganisationTypeNames.TryParse(type, out OrganisationType parsed)
            || OrganisationTypeNames.TryParse(type.TrimEnd('s'), out parsed)
            || OrganisationTypeNames.TryParse(Plural(type), out parsed))
        {
            audience = SurveyAudienceKind.OrganisationType;
            value = (int)parsed;
            return true;
        }

        return false;
    }

    // Italian plurals of the type names staff write ("ospedali", "aziende", "associazioni", "enti pubblici").
    private static string Plural(string text) => text switch
    {
        "ospedali" => "ospedale",
        "aziende" => "azienda",
        "imprese" => "impresa",
        "grandi imprese" => "grande impresa",
        "associazioni" => "associazione",
        "enti pubblici" => "ente pubblico",
        "centri di ricerca" => "centro di ricerca",
        "università" or "universita" or "universities" => "university",
        _ => text,
    };

    private static DateOnly? ReadDate(string text, DateOnly today)
    {
        foreach (string culture in new[] { "it-IT", "en-GB" })
        {
            if (DateTime.TryParseExact(text, DateFormats, CultureInfo.GetCultureInfo(culture), DateTimeStyles.AllowWhiteSpaces, out DateTime parsed))
            {
                return DateOnly.FromDateTime(parsed);
            }
        }

        // "15/12": the next such day.
        if (DateTime.TryParseExact(text, ["d/M", "d.M"], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime dayMonth))
        {
            var date = new DateOnly(today.Year, dayMonth.Month, dayMonth.Day);
            return date <= today ? date.AddYears(1) : date;
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:a|ai|alle|agli|to)\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex AudienceHead();

    [GeneratedRegex(@"^(?:tutti(?:\s+i\s+soci)?|all(?:\s+members)?|everyone|everybody)$", RegexOptions.CultureInvariant)]
    private static partial Regex Everyone();

    [GeneratedRegex(@"^(?:il\s+|the\s+)?(?:gdl|wg|gruppo\s+di\s+lavoro|working\s+group)\s*(?<n>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WorkingGroup();

    [GeneratedRegex(@"^(?:le|la|i|gli|il|l'|the)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?:chiude|chiusura|scade|entro|closes?|closing|until|by)\s+(?:il\s+|on\s+|the\s+)?(?<date>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosesPart();

    [GeneratedRegex(@"^(?:promemoria|sollecit[oi]|reminders?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemindersPart();

    [GeneratedRegex(@"\d{1,2}")]
    private static partial Regex Number();
}
