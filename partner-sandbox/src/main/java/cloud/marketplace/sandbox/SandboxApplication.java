package cloud.marketplace.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Plays the marketplace's partners on localhost: WeChat Pay, Tenpay, real-name verification,
 * the payment channels, the provider's bank and the order system. One package per partner.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SandboxApplication {

    public static void main(String[] args) {
        SpringApplication.run(SandboxApplication.class, args);
    }
}
