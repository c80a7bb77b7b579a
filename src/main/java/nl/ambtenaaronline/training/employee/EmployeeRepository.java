package nl.ambtenaaronline.training.employee;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

	Optional<Employee> findByEmployeeNumber(String employeeNumber);

	boolean existsByManagerId(long managerId);

	List<Employee> findFirst2ByEmailIgnoreCase(String email);

	@Query("select d.id, d.code, d.name, count(e) from Department d left join Employee e on e.department = d group by d.id, d.code, d.name order by d.name")
	List<Object[]> departmentHeadcounts();

}
