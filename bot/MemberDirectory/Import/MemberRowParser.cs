using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>Checks one record of a member CSV file and turns it into a <see cref="ParsedMemberRow"/>, or lists every problem.</summary>
internal static partial class MemberRowParser
{
    private static readonly char[] ListSeparators = [';', ',', '|', ' ', '/'];
    private static readonly string[] ClearWords = ["-", "none", "nessuno"];

    /// <summary>The parsed record, or null with the reasons in <paramref name="errors"/>.</summary>
    public static ParsedMemberRow? Parse(RawMemberRow row, out List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        errors = [];
        string? name = Text(row, MemberCsvColumn.Name, 200, "name", errors);
        if (name is null)
        {
            errors.Add("the name is missing");
        }

        string? email = Email(row[MemberCsvColumn.Email], errors);
        string? aadObjectId = ObjectId(row[MemberCsvColumn.AadObjectId], errors);
        if (row[MemberCsvColumn.Email] is null && row[MemberCsvColumn.AadObjectId] is null)
        {
            errors.Add("neither an email nor an aadObjectId identifies the person");
        }

        OrganisationType? type = null;
        if (row[MemberCsvColumn.OrganisationType] is { } typeText)
        {
            if (OrganisationTypeNames.TryParse(typeText, out OrganisationType parsed))
            {
                type = parsed;
            }
            else
            {
                errors.Add($"organisationType '{typeText}' is not one of {string.Join(", ", OrganisationTypeNames.Canonical)}");
            }
        }

        string? organisation = Text(row, MemberCsvColumn.Organisation, 200, "organisation", errors);
        if (organisation is null && type is not null)
        {
            errors.Add("an organisationType is given without an organisation");
        }

        IReadOnlySet<int>? groups = Priorities(row[MemberCsvColumn.WorkingGroups], "workingGroups", errors);
        IReadOnlySet<int>? coordinates = Priorities(row[MemberCsvColumn.Coordinates], "coordinates", errors);
        var parsedRow = new ParsedMemberRow
        {
            Line = row.Line,
            Name = name ?? string.Empty,
            Email = email,
            AadObjectId = aadObjectId,
            Organisation = organisation,
            OrganisationType = type,
            City = Text(row, MemberCsvColumn.City, 128, "city", errors),
            Language = Language(row[MemberCsvColumn.Language], errors),
            TimeZone = TimeZone(row[MemberCsvColumn.TimeZone], errors),
            Roles = Roles(row[MemberCsvColumn.Roles], errors),
            WorkingGroups = groups,
            Coordinates = coordinates,
        };
        return errors.Count == 0 ? parsedRow : null;
    }

    private static string? Text(RawMemberRow row, MemberCsvColumn column, int max, string label, List<string> errors)
    {
        string? value = row[column];
        if (value is not null && value.Length > max)
        {
            errors.Add($"{label} is longer than {max} characters");
            return null;
        }

        return value;
    }

    private static string? Email(string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > 254 || !MailAddress.TryCreate(text, out MailAddress? address)
            || !string.Equals(address.Address, text, StringComparison.OrdinalIgnoreCase) || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            errors.Add($"email '{text}' is not a valid address");
            return null;
        }

        return text.ToLowerInvariant();
    }

    private static string? ObjectId(string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (!ObjectIdPattern().IsMatch(text))
        {
            errors.Add($"aadObjectId '{text}' is not an Entra object id (a GUID such as 8f2c0d7e-5b1a-4c3e-9d6f-0a1b2c3d4e5f)");
            return null;
        }

        return text.ToLowerInvariant();
    }

    private static string? Language(string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        string? code = text.ToLowerInvariant().Replace('_', '-') switch
        {
            "it" or "ita" or "italian" or "italiano" => "it",
            "en" or "eng" or "english" or "inglese" => "en",
            string tag when tag.StartsWith("it-", StringComparison.Ordinal) => "it",
            string tag when tag.StartsWith("en-", StringComparison.Ordinal) => "en",
            _ => null,
        };
        if (code is null)
        {
            errors.Add($"language '{text}' is not 'it' or 'en'");
        }

        return code;
    }

    private static string? TimeZone(string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(text, out TimeZoneInfo? zone))
        {
            errors.Add($"timeZone '{text}' is not a known time zone (use an IANA name such as Europe/Rome)");
            return null;
        }

        // Store IANA names: they are what Teams sends in clientInfo and what every platform knows.
        return zone.HasIanaId ? zone.Id
            : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out string? iana) ? iana : zone.Id;
    }

    private static PersonRoles? Roles(string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        PersonRoles roles = PersonRoles.None;
        foreach (string token in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (PersonRoleNames.TryParse(token, out PersonRoles role))
            {
                roles |= role;
            }
            else
            {
                errors.Add($"role '{token}' is not one of {string.Join(", ", PersonRoleNames.Canonical)}");
            }
        }

        // A representative or board member speaks for a member organisation, so is a member too.
        if ((roles & (PersonRoles.Representative | PersonRoles.Board)) != 0)
        {
            roles |= PersonRoles.Member;
        }

        return roles;
    }

    private static HashSet<int>? Priorities(string? text, string label, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        var numbers = new HashSet<int>();
        if (ClearWords.Contains(text.Trim().ToLowerInvariant()))
        {
            return numbers;
        }

        foreach (string token in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string digits = token.StartsWith("wg", StringComparison.OrdinalIgnoreCase) ? token[2..] : token;
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && StrategicPriorities.Get(n) is not null)
            {
                numbers.Add(n);
            }
            else
            {
                errors.Add($"{label}: '{token}' is not a strategic priority (1-{StrategicPriorities.Count})");
            }
        }

        return numbers;
    }

    // A GUID; the last group may have 13 digits because the Agents Playground's mock users have such ids.
    [GeneratedRegex("^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12,13}$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectIdPattern();
}
