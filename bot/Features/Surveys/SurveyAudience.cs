using ClustER.Bot.MemberDirectory;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// Who a survey goes to: everyone in the directory (staff included, so they see what members get), the
/// members of one working group, or the people of one kind of member organisation.
/// </summary>
internal sealed class SurveyAudience(IDbContextFactory<BotDbContext> contexts)
{
    /// <summary>The people of the audience, by id.</summary>
    public async Task<IReadOnlyList<int>> PeopleAsync(SurveyAudienceKind kind, int? value, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        IQueryable<Person> people = db.People.AsNoTracking();
        people = kind switch
        {
            SurveyAudienceKind.WorkingGroup => people.Where(p => p.WorkingGroups.Any(w => w.Priority == value)),
            SurveyAudienceKind.OrganisationType => people.Where(p => p.Organisation != null && (int)p.Organisation.Type == value),
            _ => people,
        };
        return await people.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
    }

    /// <summary>How the audience reads in a message: "tutti", "GdL 3", "startup".</summary>
    public static string Describe(SurveyAudienceKind kind, int? value, string lang) => kind switch
    {
        SurveyAudienceKind.WorkingGroup => SurveysTexts.Texts.Get("Audience.WorkingGroup", lang, value),
        SurveyAudienceKind.OrganisationType => OrganisationTypeNames.ToName((OrganisationType)(value ?? 0)),
        _ => SurveysTexts.Texts.Get("Audience.Everyone", lang),
    };
}
