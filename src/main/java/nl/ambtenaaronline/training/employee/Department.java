package nl.ambtenaaronline.training.employee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "department")
class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	protected Department() {
		this.code = "";
		this.name = "";
	}

	Department(String code, String name) {
		this.code = code;
		this.name = name;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Department not saved");
		}
		return id;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	void rename(String name) {
		this.name = name;
	}

}
