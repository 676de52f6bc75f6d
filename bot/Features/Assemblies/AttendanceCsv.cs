using System.Globalization;
using System.Text;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// The attendance list for staff: one row per participant with their answer and the proxies their
/// organisation holds, ready to print for the sign-in desk.
/// </summary>
internal static class AttendanceCsv
{
    /// <summary>Writes the list; answer names are in Italian, the association's working language.</summary>
    public static string Write(IReadOnlyList<Participant> participants, IReadOnlyList<MeetingResponse> responses, IReadOnlyDictionary<int, string> organisations)
    {
        Dictionary<int, MeetingResponse> byPerson = responses.ToDictionary(r => r.PersonId);
        var csv = new StringBuilder();
        Row(csv, "Organisation", "Representative", "Answer", "ProxyTo", "ProxiesHeld", "AnsweredAtUtc");
        foreach (Participant p in participants)
        {
            byPerson.TryGetValue(p.PersonId, out MeetingResponse? r);
            int held = p.OrganisationId is { } org ? responses.Count(x => x.Answer == MeetingAnswer.Proxy && x.ProxyOrganisationId == org) : 0;
            Row(csv,
                p.OrganisationName ?? string.Empty,
                p.Name,
                r is null ? "NoAnswer" : r.Answer.ToString(),
                r?.ProxyOrganisationId is { } to && organisations.TryGetValue(to, out string? name) ? name : string.Empty,
                held.ToString(CultureInfo.InvariantCulture),
                r?.AnsweredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return csv.ToString();
    }

    // RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs a name as a formula.
    private static void Row(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields.Select(f =>
        {
            string safe = f.Length > 0 && "=+-@".Contains(f[0], StringComparison.Ordinal) ? "'" + f : f;
            return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
        }));
        csv.Append("\r\n");
    }
}
