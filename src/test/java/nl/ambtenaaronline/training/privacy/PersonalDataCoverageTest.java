package nl.ambtenaaronline.training.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.shared.PersonalDataSource;
import nl.ambtenaaronline.training.shared.RetentionRule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the database schema: every table with a column that holds a person's id (an
 * employee's or an account's) is exported by a personal-data source ("Mijn gegevens") or
 * erased by a retention rule, or is listed below with the reason it holds nothing but the
 * id. A new table with a person's id fails here until one of the three is true.
 */
@IntegrationTest
class PersonalDataCoverageTest {

	/** Tables that hold a person's id and nothing about them, with the reason. */
	static final Map<String, String> ONLY_THE_ID = Map.of("assignment_lock",
			"one lock row per person, so that reconciling one person's assignments runs once at a time", "report_lock",
			"one lock row per person, so that rewriting one person's report rows runs once at a time");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<PersonalDataSource> sources;

	@Autowired
	List<RetentionRule> rules;

	Set<String> tablesWithAPersonsId() {
		return jdbc.queryForList("""
				select distinct lower(table_name) from information_schema.columns
				where lower(table_schema) = lower(current_schema)
				  and (lower(column_name) in ('employee_id', 'account_id', 'manager_id', 'sponsor_id')
				    or lower(column_name) like '%employee_id')""", String.class)
			.stream()
			.collect(Collectors.toCollection(TreeSet::new));
	}

	Set<String> covered() {
		Set<String> covered = new TreeSet<>();
		sources.forEach(source -> covered.addAll(source.tables()));
		rules.forEach(rule -> covered.addAll(rule.tables()));
		covered.addAll(ONLY_THE_ID.keySet());
		return covered;
	}

	@Test
	void everyTableWithAPersonsIdIsExportedOrErased() {
		Set<String> tables = tablesWithAPersonsId();
		assertThat(tables).contains("employee", "account", "answer_fact", "compliance_snapshot_person");
		assertThat(tables).as("tables with a person's id that no source exports and no rule erases")
			.isSubsetOf(covered());
	}

	@Test
	void everyTableASourceOrRuleNamesHoldsAPersonsId() {
		assertThat(covered()).as("tables named by a source or rule").isSubsetOf(tablesWithAPersonsId());
	}

}
