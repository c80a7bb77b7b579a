package nl.ambtenaaronline.training.content;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class CourseImageControllerTest {

	@TempDir
	Path root;

	@Test
	void servesALessonImageOfAVersionAndNothingElse() {
		CourseFixtures.copy(CourseFixtures.PRIVACY, root, "privacy");
		CourseImageController controller = new CourseImageController(new ContentStore(root, Clock.systemUTC()));

		ResponseEntity<byte[]> image = controller.image("privacy", "2.1.0", "/slot.svg");
		assertThat(image.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(image.getHeaders().getContentType()).isEqualTo(MediaType.valueOf("image/svg+xml"));
		assertThat(image.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox");
		assertThat(new String(image.getBody())).startsWith("<svg");

		assertThat(controller.image("privacy", "2.1.0", "/../course.yaml").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(controller.image("privacy", "2.1.0", "/nope.svg").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(controller.image("privacy", "9.9.9", "/slot.svg").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(controller.image("other", "2.1.0", "/slot.svg").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

}
