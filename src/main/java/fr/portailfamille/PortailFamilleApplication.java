package fr.portailfamille;

import fr.portailfamille.account.AdminCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PortailFamilleApplication {

    public static void main(String[] args) {
        if (AdminCommand.isCommand(args)) {
            // a one-time command (first admin): runs without the web server, then exits
            System.exit(AdminCommand.run(PortailFamilleApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(PortailFamilleApplication.class, args);
    }
}
