namespace ClustER.Bot.Features.Knowledge.Model;

/// <summary>The longest values accepted for knowledge fields, shared by validation and the database columns.</summary>
public static class KnowledgeLimits
{
    public const int Id = 128;
    public const int Title = 500;
    public const int Line = 500;
    public const int Url = 2000;
    public const int Text = 8000;
}
