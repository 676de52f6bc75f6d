using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClustER.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ErasedIdentities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ErasedIdentities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IdentifierHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ErasedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErasedIdentities", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ErasedIdentities_IdentifierHash",
                table: "ErasedIdentities",
                column: "IdentifierHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ErasedIdentities");
        }
    }
}
