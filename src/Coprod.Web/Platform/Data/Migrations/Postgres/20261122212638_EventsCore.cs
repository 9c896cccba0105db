using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coprod.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EventsCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_idempotency",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Operation = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    Response = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_idempotency", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "events_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    CommuneInsee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReportingInstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ApiKeyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    ExternalReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_events_events_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "events_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: true),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    RoutedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_deliveries_events_events_EventId",
                        column: x => x.EventId,
                        principalTable: "events_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_events_categories_PartnershipId_Code",
                table: "events_categories",
                columns: new[] { "PartnershipId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_deliveries_EventId_InstitutionId",
                table: "events_deliveries",
                columns: new[] { "EventId", "InstitutionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_deliveries_PartnershipId_InstitutionId_AcknowledgedAt",
                table: "events_deliveries",
                columns: new[] { "PartnershipId", "InstitutionId", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_events_events_CategoryId",
                table: "events_events",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_events_events_PartnershipId_AreaId_CategoryId_OccurredAt",
                table: "events_events",
                columns: new[] { "PartnershipId", "AreaId", "CategoryId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_events_events_PartnershipId_OccurredAt",
                table: "events_events",
                columns: new[] { "PartnershipId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_idempotency_CreatedAt",
                table: "platform_idempotency",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_platform_idempotency_PartnershipId_Scope_Key",
                table: "platform_idempotency",
                columns: new[] { "PartnershipId", "Scope", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events_deliveries");

            migrationBuilder.DropTable(
                name: "platform_idempotency");

            migrationBuilder.DropTable(
                name: "events_events");

            migrationBuilder.DropTable(
                name: "events_categories");
        }
    }
}
