package org.atelier.command.organisation;

import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.atelier.command.organisation.OrganisationRejections.NameTaken;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.organisation.OrganisationUpdated;
import org.atelier.shared.organisation.RegisterOrganisation;
import org.atelier.shared.organisation.UpdateOrganisation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final OrganisationId KALEIDO = new OrganisationId("org-kaleido");
    private static final OrganisationId OTHER = new OrganisationId("org-other");
    private static final Instant AT = Instant.parse("2025-03-14T09:00:00Z");

    private FixtureConfiguration<Organisation> fixture;
    private InMemoryOrganisationRegister register;

    @BeforeEach
    void setUp() {
        register = new InMemoryOrganisationRegister();
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(register);
        fixture.registerInjectableResource(FixedTerritory.of("Saint-Étienne", "Firminy"));
    }

    @Test
    void essOrganisationWithHeadOfficeInTheTerritoryIsEligible() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "Kaléido'Scop", "Saint-Étienne", true, AT))
                .expectEvents(new OrganisationRegistered(KALEIDO, "Kaléido'Scop", "Saint-Étienne", true, true, AT));
    }

    @Test
    void nameAndCommuneAreTrimmed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "  Kaléido'Scop \n", " Firminy  ", true, AT))
                .expectEvents(new OrganisationRegistered(KALEIDO, "Kaléido'Scop", "Firminy", true, true, AT));
    }

    @Test
    void spacesInsideTheNameAreCollapsed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "Kaléido   Scop", "Firminy", true, AT))
                .expectEvents(new OrganisationRegistered(KALEIDO, "Kaléido Scop", "Firminy", true, true, AT));
    }

    @Test
    void organisationOutsideTheEssIsNotEligible() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "Kaléido SARL", "Saint-Étienne", false, AT))
                .expectEvents(new OrganisationRegistered(KALEIDO, "Kaléido SARL", "Saint-Étienne", false, false, AT));
    }

    @Test
    void essOrganisationWithHeadOfficeOutsideTheTerritoryIsNotEligible() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "Kaléido'Scop", "Lyon", true, AT))
                .expectEvents(new OrganisationRegistered(KALEIDO, "Kaléido'Scop", "Lyon", true, false, AT));
    }

    @Test
    void registeringPutsTheOrganisationInTheRegister() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "Kaléido'Scop", "Saint-Étienne", true, AT))
                .expectSuccessfulHandlerExecution();

        assertThat(register.isRegistered(KALEIDO)).isTrue();
    }

    @Test
    void cannotRegisterNameTakenIgnoringCaseAccentsAndSpaces() {
        register.claimName("Kaléido'Scop", OTHER);

        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "  KALEIDO'scop ", "Saint-Étienne", true, AT))
                .expectException(NameTaken.class)
                .expectNoEvents();
    }

    @Test
    void organisationWithAnotherNameCanRegister() {
        register.claimName("Kaléido'Scop", OTHER);

        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "Kaléido Coop", "Saint-Étienne", true, AT))
                .expectEvents(new OrganisationRegistered(KALEIDO, "Kaléido Coop", "Saint-Étienne", true, true, AT));
    }

    @Test
    void cannotRegisterWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "   ", "Saint-Étienne", true, AT))
                .expectException(invalidInputOn("name"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithNameLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "n".repeat(201), "Saint-Étienne", true, AT))
                .expectException(invalidInputOn("name"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithoutCommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "Kaléido'Scop", null, true, AT))
                .expectException(invalidInputOn("commune"))
                .expectNoEvents();
    }

    @Test
    void refusedRegistrationDoesNotTakeTheName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(KALEIDO, "Kaléido'Scop", " ", true, AT))
                .expectException(invalidInputOn("commune"));

        assertThat(register.isRegistered(KALEIDO)).isFalse();
    }

    @Test
    void movingTheHeadOfficeIntoTheTerritoryMakesAnEssOrganisationEligible() {
        fixture.given(new OrganisationRegistered(KALEIDO, "Kaléido'Scop", "Lyon", true, false, AT))
                .when(new UpdateOrganisation(KALEIDO, " Firminy ", null, AT))
                .expectEvents(new OrganisationUpdated(KALEIDO, "Firminy", true, true, AT));
    }

    @Test
    void leavingTheEssEndsEligibility() {
        fixture.given(new OrganisationRegistered(KALEIDO, "Kaléido'Scop", "Firminy", true, true, AT))
                .when(new UpdateOrganisation(KALEIDO, null, false, AT))
                .expectEvents(new OrganisationUpdated(KALEIDO, "Firminy", false, false, AT));
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        fixture.given(new OrganisationRegistered(KALEIDO, "Kaléido'Scop", "Firminy", true, true, AT))
                .when(new UpdateOrganisation(KALEIDO, "Firminy", true, AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBlankCommuneIsRefused() {
        fixture.given(new OrganisationRegistered(KALEIDO, "Kaléido'Scop", "Firminy", true, true, AT))
                .when(new UpdateOrganisation(KALEIDO, "  ", null, AT))
                .expectException(invalidInputOn("commune"))
                .expectNoEvents();
    }
}
