using ClustER.Bot.Hosting;

WebApplicationBuilder builder = WebApplication.CreateBuilder(CommandLine.ConfigurationArguments(args));
builder.AddClustERBot();

WebApplication app = builder.Build();
app.UseClustERBot();
app.MapBotEndpoints();

await app.RunOrExecuteCommandAsync(args);
