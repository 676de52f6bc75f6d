using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>Surveys staff send through the bot, who answered them, and the answers.</summary>
public partial class BotDbContext
{
    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyParticipation> SurveyParticipations => Set<SurveyParticipation>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
}
