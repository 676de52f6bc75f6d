using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClustER.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Newsletter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttemptedAt",
                table: "Deliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NewsItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    SentInIssueId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NewsletterIssues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    PostponedUntil = table.Column<string>(type: "TEXT", nullable: true),
                    ApprovedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedAt = table.Column<string>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsletterIssues", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_PersonId",
                table: "ConsentRecords",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_Topic_PersonId_Id",
                table: "ConsentRecords",
                columns: new[] { "Topic", "PersonId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_SentInIssueId",
                table: "NewsItems",
                column: "SentInIssueId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsletterIssues_RequestKey",
                table: "NewsletterIssues",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsletterIssues_Status",
                table: "NewsletterIssues",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "NewsItems");

            migrationBuilder.DropTable(
                name: "NewsletterIssues");

            migrationBuilder.DropColumn(
                name: "AttemptedAt",
                table: "Deliveries");
        }
    }
}
