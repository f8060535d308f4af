package fr.portailfamille;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PortailFamilleApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortailFamilleApplication.class, args);
    }
}
